# Context variables and threads: a new thread starts with an empty context; Context.run carries
# one into a thread; the executor of asyncio.to_thread gets a copy of the caller's.
import contextvars
import threading
from concurrent.futures import ThreadPoolExecutor

user = contextvars.ContextVar("user", default="nobody")
user.set("alice")
seen = {}


def report(key):
    seen[key] = user.get()
    user.set("changed in " + key)


t = threading.Thread(target=report, args=("plain thread",))
t.start()
t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(report, "thread with ctx.run"))
t.start()
t.join()
with ThreadPoolExecutor(max_workers=1) as pool:
    pool.submit(report, "executor").result()
    pool.submit(contextvars.copy_context().run, report, "executor with a copy").result()
for key, value in seen.items():
    print(f"{key}: {value}")
print("main thread still:", user.get(), "| ctx now:", ctx[user])
