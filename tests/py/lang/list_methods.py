# list methods: append/extend/insert/pop/remove/index/count/reverse/clear/copy.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.insert(0, 2)
a.insert(100, 6)
a.insert(-1, 8)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(4), a.count(1), a.count(42))
print(a.index(5, 2), [1, 2, 1, 2].index(2, 2))
a.reverse()
print(a)
b = a.copy()
b.append("x")
print(a, b)
b.clear()
print(b, len(b))
print(a.append(0) is None, a.sort() is None, a)
c = [1, 2]
c[len(c):] = [3, 4]
print(c)
