# choice, choices (weights, cum_weights), shuffle, sample (counts), their errors
import random


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


random.seed(2024)
print(random.choice('abc'), random.choice((1, 2, 3)), random.choice(range(100)))
show(lambda: random.choice([]))
print(random.choices(['red', 'black', 'green'], [18, 18, 2], k=6))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5))
print(random.choices('xy'), random.choices('xyz', k=0))
print(random.choices([1, 2, 3], weights=[0.1, 0.2, 0.7], k=4))
show(lambda: random.choices('ab', [1], k=2))
show(lambda: random.choices('ab', [0, 0]))
show(lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]))
show(lambda: random.choices('ab', 3))
show(lambda: random.choices('ab', [1, float('inf')]))
items = list(range(10))
random.shuffle(items)
print(items)
words = ['alpha', 'beta', 'gamma', 'delta']
random.shuffle(words)
print(words)
print(random.sample(range(100), 10), random.sample('abcdef', 6), random.sample([1, 2], 0))
print(random.sample(range(10 ** 9), 5), random.sample(range(1000), 50)[-3:])
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
show(lambda: random.sample([1, 2, 3], 4))
show(lambda: random.sample([1, 2, 3], -1))
show(lambda: random.sample({1, 2, 3}, 2))
show(lambda: random.sample({'a': 1}, 1))
show(lambda: random.sample('ab', 1, counts=[1]))
show(lambda: random.sample('ab', 1, counts=[0, 0]))
show(lambda: random.sample('ab', 1, counts=[1.5, 1]))
t = (1, 2, 3)
print(random.sample(t, len(t)))
