# __len__ and __bool__ control len() and truthiness; bad return values raise TypeError/ValueError.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(len(Bag(1, 2, 3)), bool(Bag()), bool(Bag(0)), "yes" if Bag() else "no")
print(bool(Flag(True)), bool(Flag(False)), not Flag(False), bool(Both()))
print(bool(object()), len([Bag()]))
class BadLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in (-1, "3", 2.0):
    try:
        len(BadLen(n))
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Flag(True))
except TypeError as e:
    print("TypeError:", e)
