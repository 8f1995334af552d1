# wait()/as_completed() count a cancelled future as done only once set_running_or_notify_cancel() ran
import concurrent.futures as cf
import threading
import time

f = cf.Future()
print(f.cancel(), f.done(), f.cancelled())
done, not_done = cf.wait([f], timeout=0)
print("before notify:", len(done), len(not_done))
print(f.set_running_or_notify_cancel())
done, not_done = cf.wait([f], timeout=0)
print("after notify:", len(done), len(not_done))
print(f.set_running_or_notify_cancel.__name__, f.cancel())

# A waiter already blocked in wait() hears about the cancellation through the notify.
g, other = cf.Future(), cf.Future()
g.cancel()


def notify_later():
    time.sleep(0.02)
    g.set_running_or_notify_cancel()


threading.Thread(target=notify_later).start()
res = cf.wait([g, other], timeout=5, return_when=cf.FIRST_COMPLETED)
print(g in res.done, other in res.not_done)

# as_completed() yields futures in the order they finish, cancelled ones included.
futs = [cf.Future() for _ in range(4)]
order = []


def settle():
    for i in (2, 0, 3, 1):
        time.sleep(0.01)
        if i == 3:
            futs[i].cancel()
            futs[i].set_running_or_notify_cancel()
        else:
            futs[i].set_result(i)


threading.Thread(target=settle).start()
for fut in cf.as_completed(futs, timeout=5):
    order.append("cancelled" if fut.cancelled() else fut.result())
print(order)

# FIRST_EXCEPTION wakes on set_exception(), even with None.
a, b = cf.Future(), cf.Future()
threading.Timer(0.02, a.set_exception, args=(None,)).start()
res = cf.wait([a, b], timeout=5, return_when=cf.FIRST_EXCEPTION)
print(len(res.done), len(res.not_done), a.exception(), repr(a).split("state=")[1])
try:
    for fut in cf.as_completed([cf.Future(), a], timeout=0.01):
        print("yielded the finished one:", fut is a)
except cf.TimeoutError as e:
    print(type(e).__name__, e)
