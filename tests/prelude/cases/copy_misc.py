# Typical copy pitfalls shown in tutorials
import copy

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [row[:] for row in [[0] * 3 for _ in range(3)]]
grid2[0][0] = 1
print(grid2)
original = {'name': 'x', 'scores': [1, 2]}
alias = original
shallow = original.copy()
deep = copy.deepcopy(original)
original['scores'].append(3)
original['name'] = 'y'
print(alias, shallow, deep)
board = [['.'] * 2 for _ in range(2)]
snapshots = []
for step in range(3):
    board[step % 2][step // 2] = str(step)
    snapshots.append(copy.deepcopy(board))
print(snapshots)
a = [1, 2, 3]
b = copy.copy(a)
print(a == b, a is b, [x is y for x, y in zip(a, b)])
s = 'text'
print(copy.deepcopy(s) is s, copy.deepcopy(10 ** 20) == 10 ** 20, copy.deepcopy(1.5))
print(copy.deepcopy([None, True, ...]), copy.deepcopy(NotImplemented) is NotImplemented)
fn = lambda x: x
print(copy.deepcopy(fn) is fn, copy.copy(fn) is fn)


class Holder:
    pass


h = Holder()
h.func = fn
h.cls = Holder
h2 = copy.deepcopy(h)
print(h2.func is fn, h2.cls is Holder)
print(copy.deepcopy({(1, 2): [3]}), copy.deepcopy(((1,), [2])))
