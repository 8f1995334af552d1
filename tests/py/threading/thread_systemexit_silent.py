# SystemExit inside a thread ends only that thread, silently; other exceptions are reported on stderr.
import sys
import threading

log = []

def quits():
    log.append("quitting thread")
    sys.exit(3)

def raises():
    log.append("raising thread")
    raise LookupError("missing key in worker")

t = threading.Thread(target=quits, name="quitter")
t.start()
t.join()
print(log, "main still running")
t = threading.Thread(target=raises, name="raiser")
t.start()
t.join()
print(log, "main continues after the report")
print("exit status stays 0")
