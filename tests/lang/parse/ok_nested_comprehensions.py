x = [i for i in range(3) if i if not i]
y = {k: v for k, v in d.items() if k}
z = [[j for j in range(i)] for i in range(3)]
def f():
    w = [x for x in (yield)]
