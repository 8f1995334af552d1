foo(x,
    y

