# getrandbits / randbelow boundaries and 32-bit word order
import random

r = random.Random(0)
print([r.getrandbits(k) for k in (1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 96, 128)])
r = random.Random(2 ** 31)
print([r.getrandbits(32) for _ in range(5)])
r = random.Random(12345)
print([r.randrange(2 ** k) for k in (1, 5, 31, 32, 33, 64, 65)])
print([r.randrange(n) for n in (1, 2, 3, 1000, 2 ** 32 - 1, 2 ** 32 + 1)])
r = random.Random(77)
for _ in range(700):
    r.random()
print(r.random(), r.getrandbits(16))
r = random.Random(88)
for _ in range(311):
    r.getrandbits(32)
print(r.random(), r.random())
r = random.Random(88)
for _ in range(623):
    r.getrandbits(32)
print(r.random())
print(random.Random(1).getstate()[1][:4], random.Random(1).getstate()[1][-1])
