# Small programs in the style of tutorials, seeded so they are reproducible
import random

random.seed(2)
secret = random.randint(1, 100)
guesses = 0
low, high = 1, 100
while True:
    guess = (low + high) // 2
    guesses += 1
    if guess < secret:
        low = guess + 1
    elif guess > secret:
        high = guess - 1
    else:
        break
print('secret', secret, 'found in', guesses)

random.seed(10)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(20)]
print(rolls, max(set(rolls), key=rolls.count))

random.seed(3)
coin = ''.join(random.choice('HT') for _ in range(30))
print(coin)


def walk(n):
    x = y = 0
    for _ in range(n):
        dx, dy = random.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
        x += dx
        y += dy
    return x, y


random.seed(11)
print([walk(10) for _ in range(5)])

random.seed(4)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print('pi ~', 4 * inside / 20000)

random.seed(8)
password = ''.join(random.choices('abcdefghijklmnopqrstuvwxyz0123456789', k=12))
print(password)
random.seed(8)
team = ['ann', 'bob', 'cy', 'dee', 'eve', 'fay']
random.shuffle(team)
print(team[:3], team[3:], random.sample(team, 2))
