# Logging with no configuration: the last-resort handler prints bare messages of WARNING and
# above to stderr, and the module-level helpers (logging.warning...) call basicConfig first.
import logging
import sys

log = logging.getLogger(__name__)
print(log, log.parent, logging.lastResort)
log.info("info is below the root's WARNING level")
log.warning("last resort: %s", "bare message")
print(log.hasHandlers(), logging.root.handlers, log.handlers)

lib = logging.getLogger("lib")
lib.addHandler(logging.NullHandler())
lib.error("swallowed by NullHandler")
print(lib.hasHandlers())

print(logging.lastResort.level, logging.lastResort.stream is sys.stderr)
old, logging.lastResort = logging.lastResort, None
log.error("no handler at all")  # prints a 'No handlers could be found' note once
log.error("again")
logging.lastResort = old

logging.info("module-level info: basicConfig happens first")
print(logging.root.handlers, logging.root.handlers[0].stream is sys.stderr)
print(logging.root.handlers[0].formatter._fmt)
h = logging.StreamHandler(sys.stdout)
print(h, logging.StreamHandler(), h.setStream(sys.stdout), h.setStream(sys.stderr) is sys.stdout)
h.setLevel(logging.ERROR)
print(h)


class Sink:
    def write(self, text):
        print("Sink got", repr(text))


print(logging.StreamHandler(Sink()))
s = logging.StreamHandler(Sink())
s.terminator = "<END>"
log.addHandler(s)
log.warning("to the sink and the root")
logging.warning("root handler writes to stderr")
