# nonlocal rebinds a variable of the nearest enclosing function scope.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(10), c2())
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def make_acc():
    total = []
    def add(v):
        total.append(v)
        return total
    return add
acc = make_acc()
acc(1)
print(acc(2))
