# Common dict idioms: counting, grouping, inverting, iterating items and sorting by value.
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
for i, (k, v) in enumerate(counts.items()):
    if i == 3:
        break
    print(i, k, v)
print(max(counts, key=counts.get), min(counts.values()))
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
print(list(zip(counts, counts.values()))[:2], dict(enumerate("ab")))
