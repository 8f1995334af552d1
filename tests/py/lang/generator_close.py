# generator.close() raises GeneratorExit at the paused yield; finally blocks run.
def worker():
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")
w = worker()
print(next(w), next(w))
w.close()
print(next(w, "closed"))
w.close()
unstarted = worker()
unstarted.close()
print("closing an unstarted generator runs nothing")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def finished():
    yield 1
f = finished()
print(list(f))
f.close()
print("close after exhaustion is fine")
def with_return():
    try:
        yield 1
    finally:
        return "swallowed"
r = with_return()
next(r)
print(r.close())
