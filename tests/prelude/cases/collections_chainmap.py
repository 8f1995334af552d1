# ChainMap, UserDict, UserList, UserString
from collections import ChainMap, UserDict, UserList, UserString


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm, cm['user'], cm['color'], len(cm), sorted(cm), list(cm.items()))
print(cm.get('nope'), cm.get('color'), 'color' in cm, 'x' in cm, bool(cm), bool(ChainMap()))
print(cm.keys(), cm.values())
cm['color'] = 'blue'
print(args, defaults)
child = cm.new_child({'user': 'root'})
print(child, child['user'], child.parents, child.maps[1] is args)
print(cm.new_child(), cm.new_child(extra=1).maps[0])
del cm['color']
show(lambda: cm.__delitem__('color'))
show(lambda: cm['missing'])
show(lambda: ChainMap().popitem())
show(lambda: ChainMap({'a': 1}).pop('b'))
print(ChainMap({'a': 1}).pop('a'), ChainMap({}).pop('a', 'dflt'))
print(ChainMap(), ChainMap({}, {}), ChainMap.fromkeys('ab', 0))
print(cm == {'user': 'admin', 'color': 'red'}, dict(cm))
print(cm | {'z': 1}, {'z': 1} | cm)
c2 = cm.copy()
c2['new'] = 1
print(c2, cm)
cm.update({'k': 'v'}, w=2)
print(cm.setdefault('k', 'zz'), cm.setdefault('q', 'zz'), cm)
cm.clear()
print(cm)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({'A': 1}, B=2)
ld['C'] = 3
print(ld, ld.data, 'a' in ld, ld['b'], len(ld), sorted(ld), ld.get('z', 0))
print(ld == {'a': 1, 'b': 2, 'c': 3}, list(ld.items()))


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, s.data, s[0], s[-1], s[1:], len(s), s + [4], s.pop(), s == [1, 2])
u = UserString('hello')
print(u, repr(u), u.upper(), len(u), u + '!', u[1:3], 'ell' in u, u == 'hello')
