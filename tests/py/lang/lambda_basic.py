# Lambdas: arguments, defaults, closures, immediate calls and use as sort keys.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda: "no args")())
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print(square.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(2))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
