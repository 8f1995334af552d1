# In-place operators and dunder aliases
import operator

a = [1, 2]
b = operator.iadd(a, [3])
print(a, b, a is b)
s = 'ab'
t = operator.iadd(s, 'c')
print(s, t)
n = 5
for f in [operator.iadd, operator.isub, operator.imul, operator.ifloordiv, operator.imod,
          operator.ipow, operator.ilshift, operator.irshift, operator.iand, operator.ior,
          operator.ixor]:
    print(f.__name__, f(n, 2))
print(operator.itruediv(7, 2), operator.iconcat([1], (2,)))
st = {1, 2}
print(operator.iand(st, {2, 3}), st)
d = {'a': 1}
print(operator.ior(d, {'b': 2}), d)
for name in ['__add__', '__sub__', '__mul__', '__eq__', '__not__', '__getitem__',
             '__contains__', '__neg__', '__invert__', '__iadd__']:
    print(name, getattr(operator, name) is getattr(operator, name.strip('_')) if hasattr(
        operator, name.strip('_')) else 'n/a')
