# threading.local: attribute errors, read-only __dict__, per-thread __dict__, class properties
import threading

data = threading.local()
data.x = 1
print(data.__dict__)
try:
    data.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
for name in ("missing", "x"):
    try:
        delattr(data, name)
        print("deleted", name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(data.__dict__)


class Settings(threading.local):
    shared = "class attribute"

    def __init__(self):
        self.mode = threading.current_thread().name

    @property
    def shout(self):
        return self.mode.upper()


s = Settings()
s.extra = 1
seen = {}


def look():
    seen["dict"] = dict(s.__dict__)
    seen["shout"] = s.shout
    seen["shared"] = s.shared
    try:
        s.extra
    except AttributeError as e:
        seen["error"] = str(e)
    try:
        s.shout = "no setter"
    except AttributeError as e:
        seen["setter"] = type(e).__name__


t = threading.Thread(target=look, name="helper")
t.start()
t.join()
for key in sorted(seen):
    print(key, "->", seen[key])
print(s.__dict__, s.shout)
try:
    del s.__dict__
except AttributeError as e:
    print(e)
