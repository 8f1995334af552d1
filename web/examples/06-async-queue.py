# Producer/consumer with asyncio.Queue
# A bounded queue hands items between tasks; task_done() and join() tell when every item was handled.

import asyncio


async def producer(queue):
    for n in range(1, 6):
        await queue.put(n)  # waits while the queue is full
        print(f"produced {n}")


async def consumer(queue):
    while True:
        n = await queue.get()  # waits while the queue is empty
        await asyncio.sleep(0.1)  # pretend to work on the item
        print(f"consumed {n} -> {n * n}")
        queue.task_done()  # one more item fully handled


async def main():
    queue = asyncio.Queue(maxsize=2)
    worker = asyncio.create_task(consumer(queue))
    await producer(queue)
    await queue.join()  # until task_done() was called for every item put
    worker.cancel()  # the consumer loops forever: stop it
    print("all items processed")


asyncio.run(main())
