# copy.copy on builtins, containers and instances
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


nested = [[1, 2], [3, 4]]
c = copy.copy(nested)
c[0].append('shared')
c.append('top')
print(nested, c, c is nested, c[0] is nested[0])
d = {'k': [1]}
dc = copy.copy(d)
dc['k'].append(2)
dc['new'] = 1
print(d, dc)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s)
t = (1, [2])
print(copy.copy(t) is t, copy.copy('str') is 'str' if False else True, copy.copy(5), copy.copy(None))
fs = frozenset([1])
print(copy.copy(fs) is fs, copy.copy(range(3)), copy.copy(len) is len)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


p = Point(1, [2])
q = copy.copy(p)
q.x = 10
q.y.append(3)
print(p, q, type(q).__name__, q is p)


class WithCopy:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('  __copy__ called')
        return WithCopy(self.v * 2)


print(copy.copy(WithCopy(4)).v)


class Slotted:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        print('  __getstate__')
        return {'a': self.a, 'extra': 'from state'}

    def __setstate__(self, state):
        print('  __setstate__', sorted(state))
        self.__dict__.update(state)


sl = copy.copy(Slotted())
print(sl.a, sl.extra)


class MyList(list):
    pass


ml = MyList([1, 2])
ml.attr = 'x'
cm = copy.copy(ml)
print(cm, type(cm).__name__, cm.attr, cm is ml)


class MyDict(dict):
    pass


md = copy.copy(MyDict(a=1))
print(md, type(md).__name__)
print(copy.copy(ValueError('boom', 2)).args)
print(copy.copy(Point) is Point, copy.copy(print) is print)
print(copy.Error, copy.error is copy.Error)
