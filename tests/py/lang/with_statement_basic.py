# The with statement: enter/exit order, `as` binding, and exit running on exceptions and returns.
class Tracker:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return False
log = []
with Tracker("one", log) as t:
    log.append(f"body sees {t.name}")
print(log)
log = []
try:
    with Tracker("two", log):
        log.append("about to fail")
        1 / 0
        log.append("never")
except ZeroDivisionError:
    log.append("handled outside")
print(log)
def f(log):
    with Tracker("three", log):
        return "value"
log = []
print(f(log), log)
with Tracker("four", log) as (x):
    pass
print(log[-1], x.name)
