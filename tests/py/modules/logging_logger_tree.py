# The logger tree: getLogger caching, dotted-name parents (also when a child comes first),
# getChild, effective levels, propagate, handler levels and logger reprs.
import logging
import sys

print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root,
      logging.getLogger("") is logging.root)
c = logging.getLogger("a.b.c")
print(c.parent.name)
a = logging.getLogger("a")
print(c.parent.name, c.parent is a)
b = logging.getLogger("a.b")
print(c.parent.name, b.parent.name, a.parent.name, logging.getLogger("a.b") is b)
print(a.getChild("b") is b, b.getChild("c.d").name, logging.root.getChild("top").name)
print(sorted(logging.Logger.manager.loggerDict))
try:
    logging.getLogger(3)
except TypeError as e:
    print(e)

a.setLevel(logging.ERROR)
print(c.getEffectiveLevel(), c.level, c, a)
b.setLevel(logging.DEBUG)
print(c.getEffectiveLevel(), c)


def handler(label, level=logging.NOTSET):
    h = logging.StreamHandler(sys.stdout)
    h.setLevel(level)
    h.setFormatter(logging.Formatter(label + " %(name)s %(levelname)s %(message)s"))
    return h


logging.root.addHandler(handler("root"))
a.addHandler(handler("a", logging.WARNING))
c.addHandler(handler("c"))
c.debug("debug from c")
c.error("error from c")
b.propagate = False
c.info("stops at b: b has no handler of its own")
b.addHandler(handler("b"))
b.addHandler(b.handlers[0])  # added once only
c.info("stops at b")
b.propagate = True
c.removeHandler(c.handlers[0])
c.warning("from c through b and a to the root")
c.disabled = True
c.critical("c is disabled")
print(c.isEnabledFor(logging.CRITICAL), len(b.handlers), b.hasHandlers())


class MyLogger(logging.Logger):
    def info(self, msg, *args, **kwargs):
        super().info("[my] " + msg, *args, **kwargs)


logging.setLoggerClass(MyLogger)
m = logging.getLogger("a.mine")
print(type(m).__name__, logging.getLoggerClass().__name__, m.parent.name, m)
m.info("through the subclass")
