# asyncio.run() inside a running loop raises RuntimeError; left uncaught it ends the program (exit 1).
import asyncio

async def helper():
    return 1

async def main():
    print("main running")
    coro = helper()
    try:
        asyncio.run(coro)
    finally:
        coro.close()   # never started: close it so no "never awaited" warning appears
        print("finally ran")

asyncio.run(main())
print("not reached")
