# A new Thread inherits daemon from the thread that creates it; daemon=... overrides it.
import threading

report = {}

def spawn_child(key):
    child = threading.Thread(target=lambda: None)
    explicit = threading.Thread(target=lambda: None, daemon=False)
    report[key] = (threading.current_thread().daemon, child.daemon, explicit.daemon)

parent_daemon = threading.Thread(target=spawn_child, args=("from daemon",), daemon=True)
parent_normal = threading.Thread(target=spawn_child, args=("from normal",))
for t in (parent_daemon, parent_normal):
    t.start()
    t.join()
for key in ("from daemon", "from normal"):
    print(key, "-> creator, child, explicit:", report[key])
print("main creates non-daemons:", threading.Thread().daemon)
t = threading.Thread(target=lambda: None)
t.daemon = True
print("set before start:", t.daemon)
t.start()
t.join()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
