# bench: string building with f-strings, str methods and join, a pure-Python workload.
# Prints one line: RESULT py_string_build <seconds> s
import time


def render(rows):
    lines = []
    for i in range(rows):
        name = f"item-{i:05d}"
        lines.append(f"{name.upper()}|{i * 3.5:>10.2f}|{'even' if i % 2 == 0 else 'odd'}")
    return "\n".join(lines)


start = time.perf_counter()
total = 0
for _ in range(10):
    text = render(20_000)
    total += len(text) + text.count("EVEN")
elapsed = time.perf_counter() - start
assert total == 5_299_990, total
print(f"RESULT py_string_build {elapsed:.6f} s")
