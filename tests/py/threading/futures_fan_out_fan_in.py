# Fan-out/fan-in with a pool: submit one job per chunk, gather results in submission order, combine.
import concurrent.futures

def count_vowels(chunk):
    return sum(ch in "aeiou" for ch in chunk)

text = "the quick brown fox jumps over the lazy dog " * 50
chunks = [text[i:i + 100] for i in range(0, len(text), 100)]
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(count_vowels, c) for c in chunks]
    partials = [f.result() for f in futures]
print("chunks:", len(chunks), "first partials:", partials[:3])
print("fan-in total:", sum(partials), "check:", count_vowels(text))
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    by_future = {pool.submit(len, c): i for i, c in enumerate(chunks)}
    sizes = {}
    for fut in concurrent.futures.as_completed(by_future):
        sizes[by_future[fut]] = fut.result()
print([sizes[i] for i in range(len(chunks))][-3:], sum(sizes.values()) == len(text))
