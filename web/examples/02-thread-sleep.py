# A thread that sleeps one second
# threading.Thread runs a function in another thread; start() launches it and join() waits for it to end.

import threading
import time


def nap():
    print("nap: going to sleep")
    time.sleep(1)  # blocks only this thread
    print("nap: awake again")


start = time.perf_counter()
sleeper = threading.Thread(target=nap, name="sleeper")
sleeper.start()  # nap() now runs in the new thread
sleeper.join()  # the main thread waits here until nap() returns
print("main: the thread ended after", round(time.perf_counter() - start, 1), "seconds")
