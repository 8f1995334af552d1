# Two threads take strict turns through a Condition and a shared "whose turn" variable.
import threading

cond = threading.Condition()
turn = "ping"
rally = []

def player(me, other, hits):
    global turn
    for i in range(hits):
        with cond:
            cond.wait_for(lambda: turn == me)
            rally.append(f"{me}{i}")
            turn = other
            cond.notify()

threads = [threading.Thread(target=player, args=("pong", "ping", 4)),
           threading.Thread(target=player, args=("ping", "pong", 4))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(" ".join(rally))
print("strictly alternating:", all(a[:4] != b[:4] for a, b in zip(rally, rally[1:])))
print("last turn:", turn)
