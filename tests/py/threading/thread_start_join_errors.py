# RuntimeError messages: start twice, join before start, join itself, daemon after start
import threading

errors = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=join_self)
try:
    t.join()
except RuntimeError as e:
    print("join:", e)
t.start()
t.join()
print("self join:", errors)
try:
    t.start()
except RuntimeError as e:
    print("start:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon:", e)
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("main:", e)
u = threading.Thread(target=print, args=("daemon set before start",))
u.daemon = True
print(u.daemon)
u.start()
u.join()
print(threading.Thread().daemon)
