# queue.Queue between threads, with a sentinel
# Threads pass work through a thread-safe queue.Queue; a special "stop" value tells the consumer to quit.

import queue
import threading
import time

STOP = None  # the sentinel: not a real item


def producer(q):
    for item in ["apple", "pear", "plum", STOP]:
        time.sleep(0.1)  # items come in slowly
        print("producer puts", item)
        q.put(item)


def consumer(q, done):
    while True:
        item = q.get()  # blocks until an item is there
        if item is STOP:
            break
        print("consumer got", item)
        done.append(item.upper())


q = queue.Queue()
done = []
threads = [threading.Thread(target=producer, args=(q,)), threading.Thread(target=consumer, args=(q, done))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all done:", done)
