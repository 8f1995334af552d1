# A cancelled task may await during cleanup; a second cancel() during cleanup interrupts that await.
import asyncio

async def service(name, cleanup_time):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "closing connections")
        try:
            await asyncio.sleep(cleanup_time)
            print(name, "closed cleanly")
        except asyncio.CancelledError:
            print(name, "cleanup interrupted")
        raise

async def main():
    polite = asyncio.create_task(service("polite", 0.05))
    await asyncio.sleep(0)
    polite.cancel()
    try:
        await polite
    except asyncio.CancelledError:
        print("polite cancelled:", polite.cancelled())
    impatient = asyncio.create_task(service("hurried", 1))
    await asyncio.sleep(0)
    impatient.cancel()
    await asyncio.sleep(0.05)
    print("cancelling count:", impatient.cancelling())
    impatient.cancel()
    try:
        await impatient
    except asyncio.CancelledError:
        print("hurried cancelled:", impatient.cancelled(), impatient.cancelling())

asyncio.run(main())
