# TypeErrors for bad calls: missing, extra, duplicate and unexpected arguments.
def f(a, b, c=3):
    return a + b + c
def g():
    return 0
class K:
    def method(self, x):
        return x
not_callable = "5"
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, a=1, b=2),
    lambda: g(1),
    lambda: g(x=1),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: K.method(1),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len([], []),
    lambda: not_callable(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
