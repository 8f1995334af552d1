# After the main module ends, non-daemon threads still run to completion
import threading
import time

go = threading.Event()


def late_worker():
    go.wait()
    time.sleep(0.05)
    print("worker finished after main")
    spawn = threading.Thread(target=lambda: print("grandchild ran too"))
    spawn.start()


t = threading.Thread(target=late_worker)
t.start()
print("main module ends, worker alive:", t.is_alive())
go.set()
