# callable(); id() only compared for identity; hash() of ints and equal values agree.
class C:
    def method(self):
        pass
    def __call__(self):
        return "called"
c = C()
print(callable(C), callable(c), callable(c.method), callable(len), callable(None), callable(1))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), id(None) == id(None), isinstance(id(a), int))
x = 10 ** 20
y = x
print(id(x) == id(y), x is y)
print(hash(7), hash(-7), hash(0), hash(True), hash(2 ** 64) == hash(2 ** 64))
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash("s") == hash("s"))
print(hash((1, 2)) == hash((1, 2)), hash(None) == hash(None), hash(c) == hash(c))
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash(set())
except TypeError as e:
    print("TypeError:", e)
