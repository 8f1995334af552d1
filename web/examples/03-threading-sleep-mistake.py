# Mistake: threading.sleep
# An error in a thread is printed as "Exception in thread ..." but ends only that thread, not the program.

import threading


def nap():
    print("nap: going to sleep")
    threading.sleep(1)  # bug: sleep() lives in the time module, not in threading
    print("nap: awake again")  # never reached


sleeper = threading.Thread(target=nap, name="sleeper")
sleeper.start()
sleeper.join()  # returns normally: the exception stayed inside the thread
print("main: still running, only the thread died")
print("fix: import time and call time.sleep(1)")
