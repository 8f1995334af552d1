# Importing a submodule (asyncio.locks, asyncio.queues, concurrent.futures) imports its package first, as CPython does
import asyncio.locks
import asyncio.queues as queues
import concurrent.futures

print(asyncio.locks.Lock.__module__, asyncio.Lock is asyncio.locks.Lock)
print(queues.Queue is asyncio.Queue, queues.QueueEmpty.__name__)
print(concurrent.futures.Future.__name__, "futures" in dir(concurrent))
from concurrent import futures
print(futures is concurrent.futures)
