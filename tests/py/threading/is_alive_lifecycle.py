# is_alive(): False before start, True while running (even blocked), False after finishing.
import threading

started = threading.Event()
proceed = threading.Event()
states = []

def body():
    states.append(("inside", threading.current_thread().is_alive()))
    started.set()
    proceed.wait()

t = threading.Thread(target=body)
states.append(("before start", t.is_alive()))
t.start()
started.wait()
states.append(("blocked", t.is_alive()))
proceed.set()
t.join()
states.append(("after join", t.is_alive()))
for label, alive in states:
    print(f"{label:12} {alive}")
print("main thread alive:", threading.main_thread().is_alive())
quick = threading.Thread(target=len, args=("abc",))
quick.start()
quick.join()
print("quick thread done:", quick.is_alive())
