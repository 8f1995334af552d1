# threading.excepthook receives exc_type, exc_value, exc_traceback and the thread; restoring the default.
import threading

captured = []

def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None,
                     args.thread.name, type(args).__name__))

def fail(msg):
    raise ValueError(msg)

print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
for i in range(2):
    t = threading.Thread(target=fail, args=(f"bad {i}",), name=f"failer-{i}")
    t.start()
    t.join()
for entry in captured:
    print(entry)
class Custom(threading.Thread):
    def run(self):
        raise KeyError("in run")
c = Custom(name="custom")
c.start()
c.join()
print(captured[-1])
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=fail, args=("reported by the default hook",), name="last")
t.start()
t.join()
print("done")
