# insort on lists that already hold duplicates; insort into custom sequences
import bisect

a = [1, 2, 2, 2, 3]
bisect.insort_left(a, 2.0)
print(a, [type(x).__name__ for x in a])
bisect.insort_right(a, 2.0)
print(a, [type(x).__name__ for x in a])


class Recorder(list):
    def insert(self, i, x):
        print('  insert at', i, x)
        super().insert(i, x)


r = Recorder([10, 20, 30])
bisect.insort(r, 25)
bisect.insort_left(r, 10)
print(r)
s = []
for ch in 'bisect':
    bisect.insort(s, ch)
print(''.join(s))
