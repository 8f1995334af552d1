# logging.Formatter: the '%', '{' and '$' styles, defaults, validation errors, formatTime with
# a fixed record time (default asctime and datefmt directives) and a Formatter subclass.
import logging


def record(msg="hello %s", args=("world",), created=1057682985.896):
    r = logging.LogRecord("demo.mod", logging.INFO, "/src/pkg/mod.py", 42, msg, args, None)
    r.created = created
    r.msecs = 896.0
    return r


r = record()
print(r, r.getMessage(), r.levelname, r.filename, r.module, r.lineno)
print(logging.Formatter().format(r))
print(logging.Formatter("%(levelname)-8s|%(name)s|%(message)s|%(lineno)04d").format(r))
print(logging.Formatter("{levelname:>8}|{name!r}|{message}", style="{").format(r))
print(logging.Formatter("$levelname ${name}: $message $$5", style="$").format(r))
print(logging.Formatter("%(asctime)s %(message)s").format(r))
print(logging.Formatter("{asctime} {msecs:03.0f}", style="{").format(r))
print(logging.Formatter("${asctime}", style="$").usesTime(), logging.Formatter().usesTime())
for datefmt in ("%H:%M:%S", "%Y-%m-%d", "%a %b %d %j %y", "%A %B %I%p %%", "%m/%d/%Y %I:%M:%S %p"):
    print(repr(logging.Formatter("%(asctime)s", datefmt).format(r)))
for t in (0.0, 951782400.25, 4102444799.5, 1700000000.0):
    print(logging.Formatter("%(asctime)s", "%Y-%m-%d %H:%M:%S %a %j %I %p").format(record(created=t)))
print(logging.Formatter("%(app)s:%(message)s", defaults={"app": "x"}).format(r))
print(logging.Formatter("{app}:{message}", style="{", defaults={"app": "y"}).format(r))
for fmt, style in (("plain", "%"), ("plain", "{"), ("plain", "$"), ("%(x)", "%"),
                   ("{x!z}", "{"), ("ok", "?")):
    try:
        logging.Formatter(fmt, style=style)
        print("accepted", fmt)
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("plain", validate=False).format(r))
try:
    logging.Formatter("%(missing)s").format(r)
except ValueError as e:
    print("ValueError:", e)


class Upper(logging.Formatter):
    default_msec_format = "%s.%03d"

    def formatMessage(self, record):
        return super().formatMessage(record).upper()


print(Upper("%(asctime)s %(message)s").format(r))
print(logging.BASIC_FORMAT, logging.Formatter("%(message)s")._fmt)
print(logging.makeLogRecord({"msg": "m %d", "args": (7,), "name": "made"}).getMessage())
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([record(), record("second", ())]))
