# add_done_callback on an already finished future runs at once in the calling thread.
import concurrent.futures
import threading

calls = []

def record(label):
    def callback(fut):
        calls.append((label, fut.result(), threading.current_thread() is threading.main_thread()))
    return callback

with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(sum, [1, 2, 3])
    f.result()
    f.add_done_callback(record("late"))
    print("ran immediately:", calls)
    gate = threading.Event()
    g = pool.submit(gate.wait, 2)
    g.add_done_callback(record("early"))
    print("not yet:", len(calls))
    gate.set()
    g.result()
print(calls[1][:2], "in the main thread:", calls[1][2])
bare = concurrent.futures.Future()
bare.add_done_callback(record("bare"))
bare.set_result("set by hand")
print(calls[-1])
