def f():
    with (yield): pass
    x = (yield)
    print((yield))
    w = [x for x in (yield)]
