# A daemon thread blocked forever does not keep the program alive
import threading

never = threading.Event()
started = threading.Event()


def stuck():
    started.set()
    never.wait()
    print("never printed")


d = threading.Thread(target=stuck, daemon=True)
d.start()
started.wait()
print("daemon alive:", d.is_alive(), d.daemon)


def child_inherits():
    c = threading.Thread(target=lambda: None)
    print("child of daemon is daemon:", c.daemon)


t = threading.Thread(target=child_inherits, daemon=True)
t.start()
t.join()
print("main exits now")
