# An exception in a thread is printed to stderr ("Exception in thread ...") and main continues
import threading


def fail(n):
    if n == 0:
        raise ZeroDivisionError("n must not be zero")
    return 10 / n


results = []
ok = threading.Thread(target=lambda: results.append(fail(5)), name="ok")
ok.start()
ok.join()
print("ok thread result:", results)
bad = threading.Thread(target=fail, args=(0,), name="bad")
bad.start()
bad.join()
print("bad thread finished, alive:", bad.is_alive())
print("main continues")


def leave():
    raise SystemExit(3)   # ends only the thread, silently


t = threading.Thread(target=leave)
t.start()
t.join()
print("SystemExit in a thread is ignored")
broken = threading.Thread(target=fail, args=(0,), name="last")
broken.start()
broken.join()
