# add_done_callback: runs in the finishing thread, in order; a raising callback is only logged
import concurrent.futures as cf
import threading

seen = []


def record(fut):
    seen.append((fut.result(), threading.current_thread().name))


gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="cb") as ex:
    f = ex.submit(gate.wait)
    f.add_done_callback(record)
    f.add_done_callback(lambda fut: seen.append("second"))
    gate.set()
print(seen)


class Quiet(cf.Future):
    def __repr__(self):   # the logged message names the future: keep addresses out
        return "<Quiet future>"


def broken(fut):
    raise RuntimeError("callback failed")


done = Quiet()
done.add_done_callback(broken)
done.add_done_callback(lambda fut: seen.append(("after broken", fut.result())))
done.set_result(7)
print(seen[-1])
done.add_done_callback(lambda fut: seen.append(("at once", threading.current_thread().name)))
print(seen[-1])
done.add_done_callback(broken)
print("still running")
