# bisect with tuples, strings, floats and objects defining only __lt__
import bisect


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


vs = []
for v in [Version(1, 2), Version(1, 0), Version(2, 0), Version(1, 10), Version(1, 2, 1)]:
    bisect.insort(vs, v)
print(vs)
print(bisect.bisect(vs, Version(1, 5)), bisect.bisect_left(vs, Version(1, 2)))
fl = [0.1, 0.5, 0.5, 1.5, 2.25]
print(bisect.bisect(fl, 0.5), bisect.bisect_left(fl, 0.5), bisect.bisect(fl, -1e9), bisect.bisect(fl, 1e9))
names = ['amy', 'bob', 'carl', 'dora']
bisect.insort(names, 'bea')
bisect.insort(names, 'Zed')
print(names, bisect.bisect(names, 'c'))
tups = [(1, 'x'), (2, 'a'), (2, 'c')]
print(bisect.bisect(tups, (2, 'b')), bisect.bisect_left(tups, (2,)), bisect.bisect_right(tups, (2,)))
