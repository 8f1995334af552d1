# Starred assignment targets collect the rest into a list, in any position.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
x, *empty, y = (1, 2)
print(x, empty, y)
*everything, = {1: "a", 2: "b"}
print(everything)
head, *tail = (1,)
print(head, tail)
for first, *others in [(1, 2, 3), (4,), "xyz"]:
    print(first, others)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
print(type(mid).__name__, type(tail).__name__)
