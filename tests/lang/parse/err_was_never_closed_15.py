def f(
    a,
    b

