# logging.basicConfig on stdout: level filtering, %-style arguments, dict arguments, the
# module-level helpers, getLevelName/addLevelName, isEnabledFor and logging.disable.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s:%(name)s:%(levelno)d:%(message)s")
logging.debug("hidden %s", 1)
logging.info("x=%d y=%s", 5, [1, 2])
logging.warning("dict %(a)s and %(b)r", {"a": 1, "b": "two"})
logging.error("literal %s without args")
logging.critical("critical")
logging.fatal("fatal")
logging.log(logging.INFO, "log at %s", "INFO")
logging.basicConfig(level=logging.DEBUG)  # ignored: root already has a handler
logging.debug("still hidden")
print(logging.root.level, logging.getLevelName(logging.root.level))

print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(15),
      logging.getLevelName("nope"), logging.getLevelName(logging.WARN), logging.FATAL)
logging.addLevelName(25, "NOTICE")
logging.log(25, "a notice")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items(), key=lambda kv: (kv[1], kv[0])))

log = logging.getLogger("app")
print(log.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.INFO))
log.setLevel("DEBUG")
log.debug("app debug now shown")
print(log.isEnabledFor(logging.DEBUG), log.getEffectiveLevel())
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("error passes disable(WARNING)")
print(log.isEnabledFor(logging.WARNING), logging.root.manager.disable)
logging.disable()
log.critical("disabled too")
logging.disable(logging.NOTSET)
log.info("enabled again")
for bad in ("LOUD", 2.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
logging.basicConfig(force=True, stream=sys.stdout, format="%(message)s!", level="WARNING")
logging.info("quiet")
logging.warning("forced %s", "config")
try:
    logging.basicConfig(force=True, colour=True)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, style="#")
except ValueError as e:
    print(e)
