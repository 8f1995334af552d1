# SystemExit raised inside a coroutine stops asyncio.run and sets the exit status.
import asyncio
import sys

async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other task cleaned up")

async def main():
    asyncio.create_task(other())
    await asyncio.sleep(0.01)
    print("exiting with status 3")
    sys.exit(3)

try:
    asyncio.run(main())
finally:
    print("asyncio.run unwound")
print("not reached")
