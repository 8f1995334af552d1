# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 < 2 > 0, 1 == 1.0 == True)
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(5))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print("a" < "b" < "c", [1] < [1, 0] < [2])
n = None
print(n is None is not False, n is not None)
print((1 < 2) < 3, 1 < (2 < 3))
