# A message whose arguments do not fit its format: the handler reports a "--- Logging error ---"
# on stderr and logging carries on; with raiseExceptions off nothing is reported.
import logging
import sys

log = logging.getLogger("errs")
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(out)

log.warning("fine %s", 1)
log.warning("too few %s %s", 1)
print("logging goes on")
log.warning("wrong type %d", "x")
log.warning("fine again")


class Broken:
    def write(self, text):
        raise OSError("disk full")


bad = logging.StreamHandler(Broken())
log.addHandler(bad)
log.error("to a broken stream")
logging.raiseExceptions = False
log.error("errors now silent %d", "y")
logging.raiseExceptions = True
log.removeHandler(bad)
print(logging.raiseExceptions, log.handlers == [out])


class Odd:
    def __str__(self):
        return "odd %s"


log.warning(Odd(), "object messages go through str()")
log.warning({"a": 1})
log.warning("args %(n)s", {})
log.error("last one %r", "x")
print("done")
log.error("bad %d", "z")
