# excepthook set to None: new Threads refuse, existing ones fall back; a failing hook is reported
import threading


def boom():
    raise KeyError("from worker")


made_earlier = threading.Thread(target=boom, name="earlier")
threading.excepthook = None
try:
    threading.Thread(target=boom)
except RuntimeError as e:
    print(type(e).__name__, e)
made_earlier.start()   # the default hook, captured when it was made, prints to stderr
made_earlier.join()
print("after fallback")


def broken_hook(args):
    print("hook saw", args.exc_type.__name__, args.thread.name)
    raise ValueError("hook failed")


threading.excepthook = broken_hook
t = threading.Thread(target=boom, name="second")
t.start()
t.join()
print("main continues", t.is_alive())
