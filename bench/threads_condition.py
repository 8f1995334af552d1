# bench: 200 threads started and joined one after another, then 2,000 hand-offs of a token
# between two threads through one threading.Condition.
# needs: threads
# Prints one line: RESULT threads_condition <seconds> s
import threading
import time

THREADS = 200
HANDOFFS = 2_000


def nothing():
    pass


def main():
    start = time.perf_counter()
    for _ in range(THREADS):
        t = threading.Thread(target=nothing)
        t.start()
        t.join()

    cond = threading.Condition()
    state = {"turn": 0, "count": 0}

    def player(me):
        with cond:
            while True:
                while state["turn"] != me and state["count"] < HANDOFFS:
                    cond.wait()
                if state["count"] >= HANDOFFS:
                    return
                state["count"] += 1
                state["turn"] = 1 - me
                cond.notify()

    players = [threading.Thread(target=player, args=(me,)) for me in (0, 1)]
    for p in players:
        p.start()
    for p in players:
        p.join()
    elapsed = time.perf_counter() - start
    assert state["count"] == HANDOFFS
    print(f"RESULT threads_condition {elapsed:.6f} s")


main()
