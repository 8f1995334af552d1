# asyncio.run cancels tasks still pending when main returns, and waits for their cleanup.
import asyncio

async def background():
    print("background started")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled by asyncio.run, cleaning up")
        await asyncio.sleep(0.01)
        print("background cleanup done")
        raise
    finally:
        print("background finally")

async def quick():
    await asyncio.sleep(0)
    print("quick finished on its own")

async def main():
    global task
    task = asyncio.create_task(background())
    asyncio.create_task(quick())
    await asyncio.sleep(0.01)
    print("main returns while background is pending")
    return "main result"

print(asyncio.run(main()))
print("after run: done", task.done(), "cancelled", task.cancelled())
