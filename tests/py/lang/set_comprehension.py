# Set comprehensions and set() over generators, printed as int sets or sorted.
print({x % 5 for x in range(20)})
print({x * x for x in range(-3, 4)})
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print({n for n in range(30) if n % 2 == 0 and n % 3 == 0})
print(set(x // 2 for x in range(10)), {len(w) for w in ["a", "bb", "cc", "ddd"]})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
matrix = [[1, 2, 3], [2, 3, 4], [3, 4, 5]]
print({v for row in matrix for v in row})
print(sorted({s.strip() for s in [" a", "a ", "b"]}))
primes = {n for n in range(2, 40) if all(n % d for d in range(2, n))}
print(sorted(primes), len(primes))
