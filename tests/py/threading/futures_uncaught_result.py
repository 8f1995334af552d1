# A worker's exception re-raised by result() and left uncaught ends the program (exit 1)
import concurrent.futures as cf


def parse(text):
    return int(text)


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    futures = {ex.submit(parse, t): t for t in ["1", "22", "x3"]}
    for fut, text in futures.items():
        if fut.exception() is None:
            print(text, "->", fut.result())
        else:
            print(text, "failed:", type(fut.exception()).__name__)
    print("total:", sum(f.result() for f in futures))
print("not reached")
