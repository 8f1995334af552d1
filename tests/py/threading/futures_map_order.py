# Executor.map: results in input order; an error surfaces at its position; timeout
import concurrent.futures as cf
import time


def slow_square(x):
    time.sleep(0.01 * (4 - x))   # later inputs finish first
    return x * x


with cf.ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(slow_square, range(5))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    got = []
    try:
        for r in ex.map(lambda x: 10 // x, [5, 2, 0, 1]):
            got.append(r)
    except ZeroDivisionError as e:
        print("got before error:", got, "-", e)
    print(list(ex.map(str, [])))
    results = ex.map(time.sleep, [0.15], timeout=0.02)
    try:
        next(results)
    except TimeoutError:
        print("map timed out")
    print(list(ex.map(len, ["a", "bb"], timeout=5)))
