# cached_property
from functools import cached_property


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        """The sum."""
        print('  computing total')
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total)
print(d.total)
print('total' in vars(d), vars(d)['total'])
d.values.append(4)
print(d.total)
del d.total
print(d.total)
d.total = 100
print(d.total)
print(type(Dataset.total).__name__, Dataset.total.__doc__, Dataset.total.attrname)
e = Dataset([5])
print(e.total, d.total)


def reuse():
    cp = cached_property(lambda self: 1)

    class A:
        x = cp
        y = cp


show(reuse)

cp = cached_property(lambda self: 1)


class B:
    pass


B.late = cp
show(lambda: B().late)


class Sub(Dataset):
    @cached_property
    def mean(self):
        return self.total / len(self.values)


s = Sub([2, 4])
print(s.mean, s.total, sorted(vars(s)))
