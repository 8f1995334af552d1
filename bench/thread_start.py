# bench: thread start + join latency, one thread at a time, over 200 threads: the median.
# needs: threads
# Prints one line: RESULT thread_start <median milliseconds> ms
import threading
import time

N = 200


def nothing():
    pass


def main():
    samples = []
    for _ in range(N):
        start = time.perf_counter()
        t = threading.Thread(target=nothing)
        t.start()
        t.join()
        samples.append(time.perf_counter() - start)
    samples.sort()
    median = (samples[N // 2 - 1] + samples[N // 2]) / 2
    print(f"RESULT thread_start {median * 1000:.6f} ms")


main()
