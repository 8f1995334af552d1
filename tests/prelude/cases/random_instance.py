# Random instances, getstate/setstate, independence from the module-level generator
import random

r1 = random.Random(100)
r2 = random.Random(100)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
print(r1.randint(1, 10), r1.choice('abcdef'), r1.sample('abcdefgh', 3))
random.seed(100)
print(random.random())
r3 = random.Random('seed')
print(r3.random(), r3.getrandbits(64), r3.gauss(0, 1), r3.gauss(0, 1))
state = r3.getstate()
print(type(state), len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [r3.random() for _ in range(5)]
r3.setstate(state)
print(first == [r3.random() for _ in range(5)])
r4 = random.Random()
r4.setstate(state)
print(r4.random() == first[0])
random.seed(7)
s = random.getstate()
x = [random.randint(0, 9) for _ in range(700)]
random.setstate(s)
print(x == [random.randint(0, 9) for _ in range(700)])
print(random.getstate()[1][:3])
try:
    r1.setstate((9, (), None))
except ValueError as e:
    print('ValueError:', e)


class MyRandom(random.Random):
    pass


m = MyRandom(3)
print(m.random(), random.Random(3).random())
r = random.Random(0)
print(r.getrandbits(0), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
try:
    r.getrandbits(-1)
except ValueError as e:
    print('ValueError:', e)
