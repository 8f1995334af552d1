# current_thread/main_thread/get_ident: the main thread's identity, and each worker's own.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.ident == threading.get_ident())
print("main daemon:", main.daemon, "alive:", main.is_alive())
info = {}

def probe(key):
    me = threading.current_thread()
    info[key] = (me.name, me is threading.main_thread(), me.ident == threading.get_ident(),
                 threading.main_thread() is main)

threads = [threading.Thread(target=probe, args=(i,), name=f"probe{i}") for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(info[0], info[1])
print("idents differ from main:", all(t.ident != main.ident for t in threads))
print("native ids:", isinstance(threading.get_native_id(), int))
print(type(threading.current_thread()).__name__, repr(main).startswith("<_MainThread(MainThread, started"))
