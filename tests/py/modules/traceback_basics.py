# The traceback module: print_exc/format_exc inside handlers, chained exceptions, the 3.10 and
# old call styles, format_exception_only, output to a file object, and a worker thread's report.
import sys
import threading
import traceback


def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError("bad config") from e


try:
    load("x")
except RuntimeError:
    text = traceback.format_exc()
for line in text.splitlines():  # without the file's path, which depends on where this runs
    print(line.split(",", 1)[1] if line.lstrip().startswith("File") else line)
print(text.splitlines()[-1], text.count("Traceback"))

try:
    {}["missing"]
except KeyError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)) == "".join(lines))
print(traceback.format_exc(), end="")
sys.stderr.write("".join(traceback.format_exception_only(ValueError("last"))))


class Log:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)


def worker():
    try:
        1 / 0
    except ZeroDivisionError:
        log = Log()
        traceback.print_exc(file=log)
        print("worker logged", "".join(log.parts).splitlines()[-1])


t = threading.Thread(target=worker)
t.start(); t.join()
try:
    raise ValueError("no chain")
except ValueError as e:
    e.add_note("a note")
    print(traceback.format_exception(e, chain=False)[-2:])
