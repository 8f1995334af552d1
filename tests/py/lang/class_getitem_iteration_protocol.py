# Objects with only __getitem__ are iterable (old sequence protocol) until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, [x for x in sq if x % 2])
a, b, *rest = Squares(4)
print(a, b, rest)
print(sorted(Squares(4), reverse=True), tuple(Squares(0)))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
class Stops:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i
print(list(Stops()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError propagates:", e)
