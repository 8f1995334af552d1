# Condition: a bounded buffer with wait_for/notify between a producer and a consumer
import threading

buffer = []
CAPACITY = 2
cond = threading.Condition()
consumed = []
max_len = 0


def producer():
    global max_len
    for i in range(10):
        with cond:
            cond.wait_for(lambda: len(buffer) < CAPACITY)
            buffer.append(i)
            max_len = max(max_len, len(buffer))
            cond.notify_all()
    with cond:
        cond.wait_for(lambda: len(buffer) < CAPACITY)
        buffer.append(None)
        cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: buffer)
            item = buffer.pop(0)
            cond.notify_all()
        if item is None:
            return
        consumed.append(item * 10)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(consumed)
print("buffer never above capacity:", max_len <= CAPACITY)
print("buffer empty:", buffer == [])
