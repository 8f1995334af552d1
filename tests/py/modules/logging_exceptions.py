# logger.exception and exc_info: the traceback follows the message (paths cut off here), also
# for an exception instance, outside an except block ("NoneType: None"), and is cached in exc_text.
import logging


class Lines:
    def __init__(self):
        self.lines = []

    def write(self, text):
        for line in text.splitlines():  # without the file's path, which depends on where this runs
            self.lines.append(line.split(",", 1)[1] if line.lstrip().startswith("File") else line)

    def show(self):
        print("\n".join(self.lines))
        self.lines.clear()


out = Lines()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
log = logging.getLogger("exc")
log.addHandler(handler)


def parse(text):
    return int(text)


try:
    parse("seven")
except ValueError:
    log.exception("could not parse %r", "seven")
out.show()
try:
    raise KeyError("key")
except KeyError as e:
    log.error("with exc_info=True", exc_info=True)
    log.warning("an instance", exc_info=e)
    log.info("below the level", exc_info=True)
    logging.exception("module-level exception() goes to the root")
out.show()
log.exception("outside an except block")
log.error("exc_info=False", exc_info=False)
out.show()
try:
    raise RuntimeError("outer") from ValueError("inner")
except RuntimeError as e:
    rec = logging.makeLogRecord({"msg": "made", "exc_info": (type(e), e, e.__traceback__)})
fmt = logging.Formatter("%(message)s")
text = fmt.format(rec)
print(text.splitlines()[0], text.splitlines()[-1], text.count("Traceback"))
print(rec.exc_text == text[len("made\n"):], fmt.format(rec) == text)
