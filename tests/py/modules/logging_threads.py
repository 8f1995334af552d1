# Logging from worker threads: %(threadName)s for named and default-named threads, a custom
# Handler subclass collecting records, and the thread attribute matching threading.get_ident.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(threadName)s %(levelname)s %(message)s")


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.threadName, record.thread == threads.get(record.threadName),
                             self.format(record)))


threads = {}
collect = Collect()
collect.setFormatter(logging.Formatter("[%(message)s]"))
worker_log = logging.getLogger("worker")
worker_log.addHandler(collect)


def work(n):
    threads[threading.current_thread().name] = threading.get_ident()
    logging.info("Thread %s: starting", n)
    worker_log.debug("Thread %s: working", n)
    logging.info("Thread %s: finishing", n)


threads["MainThread"] = threading.get_ident()
logging.info("Main    : before creating thread")
x = threading.Thread(target=work, args=(1,))
x.start()
x.join()
for i in range(2, 4):
    t = threading.Thread(target=work, args=(i,), name=f"worker-{i}")
    t.start()
    t.join()
logging.warning("Main    : all done")
worker_log.error("from main")
for entry in collect.records:
    print(entry)
print(collect, repr(collect.lock.acquire()), collect.lock.release())

handler = logging.Handler()
try:
    handler.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print("NotImplementedError:", e)
handler.name = "h1"
print(handler.name, handler.get_name())
