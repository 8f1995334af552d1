# The same values as CPython for the common calls, over many seeds
import random

for seed in [0, 1, 2, 7, 42, 123, 999, 2023, 31337, 10 ** 9 + 7, 2 ** 32, 2 ** 32 - 1, 2 ** 64 + 5,
             -1, -42, 3 ** 80]:
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 100), random.choice(['rock', 'paper', 'scissors']))
    print('  ', random.randrange(10), random.randrange(5, 50, 5), random.uniform(-1, 1))
    print('  ', [random.randint(1, 6) for _ in range(10)])
random.seed(42)
print([round(random.random(), 6) for _ in range(20)])
random.seed(42)
print(random.sample(range(1, 50), 6), random.choices('ab', k=8))
random.seed(1)
deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:13])
random.seed(5)
print(sum(random.random() for _ in range(10000)))
print(random.randint(0, 10 ** 40), random.randrange(-10 ** 20, 10 ** 20))
