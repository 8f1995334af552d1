# Thread(target, args, kwargs, name, daemon): attributes before and after start; ident set once started.
import threading

seen = {}

def target(a, b, *, c=0):
    me = threading.current_thread()
    seen[me.name] = (a, b, c, me.daemon)

t1 = threading.Thread(target=target, args=(1, 2), kwargs={"c": 3}, name="calc", daemon=True)
print(t1.name, t1.daemon, t1.ident, t1.is_alive())
t1.start()
t1.join()
print(seen["calc"], t1.ident is not None, t1.native_id is not None)
t2 = threading.Thread(target=target, args=[4, 5])
t2.name = "renamed"
t2.daemon = False
t2.start()
t2.join()
print(seen["renamed"], t2.name, t2.daemon)
t3 = threading.Thread(target=target, kwargs=dict(a=6, b=7, c=8), name=99)
print(repr(t3.name))
t3.start()
t3.join()
print(seen["99"])
t4 = threading.Thread()
t4.start()
t4.join()
print("no target is fine:", t4.is_alive())
t5 = threading.Thread(target=target, args=(1,))
t5.run = lambda: seen.setdefault("run replaced", True)
t5.start()
t5.join()
print(seen.get("run replaced"))
