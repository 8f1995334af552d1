# shuffle permutes in place, sample picks distinct items, choices picks with replacement.
import random
random.seed(2024)
deck = list(range(52))
shuffled = deck[:]
random.shuffle(shuffled)
print(len(shuffled), sorted(shuffled) == deck, random.shuffle(shuffled) is None)
hand = random.sample(deck, 5)
print(len(hand), len(set(hand)), all(c in deck for c in hand))
print(sorted(random.sample(range(10), 10)) == list(range(10)))
picks = random.choices("abc", k=20)
print(len(picks), set(picks) <= set("abc"))
weighted = random.choices([0, 1], weights=[0, 1], k=10)
print(weighted)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
