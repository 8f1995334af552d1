# A bare Future: states, callbacks in order, cancel, InvalidStateError, CancelledError
import concurrent.futures as cf


def state(fut):
    return repr(fut).split(" state=")[1]


f = cf.Future()
print(f.done(), f.running(), f.cancelled(), state(f))
calls = []
f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
f.add_done_callback(lambda fut: calls.append(("second", fut.result())))
print(f.set_running_or_notify_cancel(), f.running(), state(f))
print(f.cancel())
f.set_result(42)
print(calls, f.done(), state(f))
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls[-1])
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])
print(f.result(timeout=0), f.exception())
g = cf.Future()
print(g.cancel(), g.cancel(), g.cancelled(), g.done(), state(g))
try:
    g.result()
except cf.CancelledError as e:
    print(type(e).__name__, repr(e))
print(g.set_running_or_notify_cancel())
try:
    g.set_exception(ValueError())
except cf.InvalidStateError as e:
    print(str(e).split(":")[0])
h = cf.Future()
h.set_exception(KeyError("k"))
print(type(h.exception()).__name__, state(h))
try:
    h.result()
except KeyError as e:
    print("re-raised", e)
try:
    cf.Future().exception(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", repr(e))
print(issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.CancelledError.__module__, cf.Future.__module__, cf.ThreadPoolExecutor.__module__)
