# copying objects with __init__ side effects, __reduce__, class attributes and slots-free classes
import copy


class Counted:
    instances = 0

    def __init__(self, v):
        Counted.instances += 1
        self.v = v


a = Counted(1)
b = copy.copy(a)
c = copy.deepcopy(a)
print(Counted.instances, b.v, c.v)


class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def __reduce__(self):
        print('  __reduce__')
        return (Reduced, (self.a, self.b + 1))

    def __repr__(self):
        return f'Reduced({self.a}, {self.b})'


print(copy.copy(Reduced(1)), copy.deepcopy(Reduced([1], 5)))


class Base:
    def __init__(self):
        self.base = [1]


class Child(Base):
    def __init__(self):
        super().__init__()
        self.child = {'k': 'v'}


ch = copy.deepcopy(Child())
print(type(ch).__name__, ch.base, ch.child, isinstance(ch, Base))


class NewArgs(int):
    def __new__(cls, value, label='x'):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj


n = NewArgs(5, 'five')
nc = copy.copy(n)
print(nc, nc.label, type(nc).__name__)


class Money(float):
    pass


m = copy.deepcopy(Money(2.5))
print(m, type(m).__name__)


class Tag(str):
    pass


tg = copy.copy(Tag('hello'))
print(tg, type(tg).__name__, tg.upper())


class Err(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code


e = copy.deepcopy(Err('bad', 7))
print(e.args, e.code, type(e).__name__)


class Empty:
    pass


em = copy.copy(Empty())
print(type(em).__name__, vars(em))
