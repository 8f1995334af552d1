# Filters on loggers and handlers (Filter by name, objects with filter(), plain callables),
# `extra` fields, LoggerAdapter with a process() override, and makeRecord's overwrite check.
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
logging.root.addHandler(handler)
logging.root.setLevel(logging.DEBUG)

handler.addFilter(logging.Filter("app.db"))
for name in ("app.db", "app.db.pool", "app.dbx", "app", "other"):
    logging.getLogger(name).info("from %s", name)
print(logging.Filter().filter(logging.makeLogRecord({"name": "x"})))
handler.filters.clear()


class OnlyEven:
    def filter(self, record):
        return record.args[0] % 2 == 0


log = logging.getLogger("app")
log.addFilter(OnlyEven())
for i in range(4):
    log.debug("number %d", i)
log.filters.clear()
no_warnings = lambda record: record.levelno != logging.WARNING
handler.addFilter(no_warnings)
handler.addFilter(no_warnings)
print(len(handler.filters))
log.warning("filtered by a callable")
log.error("passes the callable")
handler.removeFilter(no_warnings)
print(len(handler.filters))

handler.setFormatter(logging.Formatter("%(user)s@%(ip)s %(message)s"))
log.info("with extra", extra={"user": "ann", "ip": "10.0.0.1"})
for key in ("message", "name", "asctime"):
    try:
        log.info("bad extra", extra={key: 1, "user": "u", "ip": "i"})
    except KeyError as e:
        print("KeyError", e)

adapter = logging.LoggerAdapter(log, {"user": "bob", "ip": "127.0.0.1"})
adapter.info("through the adapter %s", "ok")
adapter.debug("debug too")
print(adapter, adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.name)


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = {"user": self.extra["tag"], "ip": "-"}
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


Tagged(log, {"tag": "job-7"}).warning("tagged %d", 7)
adapter.setLevel(logging.ERROR)
adapter.warning("now below the level")
print(log.level, adapter.hasHandlers())
