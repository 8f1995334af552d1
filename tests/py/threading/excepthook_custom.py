# threading.excepthook can be replaced; it receives ExceptHookArgs for the failing thread
import threading

captured = []


def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value),
                     args.exc_traceback is not None, args.thread.name))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def boom():
    raise KeyError("missing")


t = threading.Thread(target=boom, name="worker")
t.start()
t.join()
t = threading.Thread(target=lambda: 1 / 0)
t.start()
t.join()
for entry in captured:
    print(entry)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
args = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread, len(args))
