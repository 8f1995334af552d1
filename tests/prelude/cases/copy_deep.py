# copy.deepcopy: nesting, sharing, cycles, memo
import copy

nested = [[1, 2], [3, 4]]
d = copy.deepcopy(nested)
d[0].append('x')
print(nested, d)
shared = [1]
outer = [shared, shared]
dup = copy.deepcopy(outer)
print(dup[0] is dup[1], dup[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc, cc)
dd = {'a': {'b': [1, {'c': 2}]}}
ddc = copy.deepcopy(dd)
ddc['a']['b'][1]['c'] = 99
print(dd, ddc)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
t2c = copy.deepcopy(t2)
print(t2c is t2, t2c, t2c[1] is t2[1])
print(copy.deepcopy({1, 2, 3}), copy.deepcopy(frozenset({1})))


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node('root')
kid = root.add(Node('kid'))
kid.add(Node('grandkid'))
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone.children[0] is kid,
      clone.children[0].children[0].value)


class WithDeep:
    def __init__(self, data):
        self.data = data

    def __deepcopy__(self, memo):
        print('  __deepcopy__ called', type(memo).__name__)
        return WithDeep(copy.deepcopy(self.data, memo) + ['copied'])


w = copy.deepcopy(WithDeep([1]))
print(w.data)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, memo[id(x)] is y[0])


class Config:
    defaults = {'a': 1}

    def __init__(self):
        self.opts = dict(self.defaults)


cfg = Config()
c2 = copy.deepcopy(cfg)
c2.opts['a'] = 2
print(cfg.opts, c2.opts, Config.defaults)
print(copy.deepcopy(ValueError('x', [1])).args, copy.deepcopy(len) is len)
big = list(range(1000))
print(copy.deepcopy(big) == big)
