# ThreadPoolExecutor.map
# A pool of worker threads runs a function over many inputs; map() gives the results back in input order.

from concurrent.futures import ThreadPoolExecutor
import time


def slow_square(n):
    time.sleep(0.1 * (4 - n))  # the later inputs finish first
    return n * n


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as pool:  # leaving the block waits for the pool to finish
    results = list(pool.map(slow_square, [0, 1, 2, 3]))
print("results in input order:", results)
print("4 calls at once took", round(time.perf_counter() - start, 1), "s, as long as the slowest one")
