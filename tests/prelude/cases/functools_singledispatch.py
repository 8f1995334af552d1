# singledispatch and partialmethod
from functools import singledispatch, partialmethod


@singledispatch
def describe(arg):
    return 'object: %r' % (arg,)


@describe.register(int)
def _(arg):
    return 'int: %d' % arg


@describe.register
def _(arg: list):
    return 'list of %d' % len(arg)


def describe_str(arg):
    return 'str: ' + arg


describe.register(str, describe_str)

print(describe(5), describe(True), describe('x'), describe([1, 2]), describe(2.5))
print(describe.dispatch(bool).__name__ if hasattr(describe.dispatch(bool), '__name__') else '?')
print(describe.dispatch(float) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry))


class Base:
    pass


class Derived(Base):
    pass


@describe.register(Base)
def _(arg):
    return 'a Base'


print(describe(Derived()), describe(Base()))
try:
    describe()
except TypeError as e:
    print('TypeError:', e)


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)
