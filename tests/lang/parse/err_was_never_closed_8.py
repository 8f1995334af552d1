def f(a, b): return
f(1, 2
