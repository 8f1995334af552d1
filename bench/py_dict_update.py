# bench: dict updates (counting words, get/setdefault, items()), a pure-Python workload.
# Prints one line: RESULT py_dict_update <seconds> s
import time

WORDS = [f"w{i % 997}" for i in range(2_000)]


def count(rounds):
    counts = {}
    groups = {}
    for r in range(rounds):
        for w in WORDS:
            counts[w] = counts.get(w, 0) + 1
        groups.setdefault(r % 7, []).append(len(counts))
    total = 0
    for key, value in counts.items():
        if value > total:
            total = value
    return len(counts), total, sum(len(g) for g in groups.values())


start = time.perf_counter()
result = count(1500)
elapsed = time.perf_counter() - start
assert result == (997, 4500, 1500), result
print(f"RESULT py_dict_update {elapsed:.6f} s")
