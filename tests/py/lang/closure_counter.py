# Closures capture variables (cells), not values; each call of the factory makes new cells.
def make_counter(start=0):
    count = start
    def step():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return step, peek
step, peek = make_counter(10)
step(); step()
print(peek(), step(), peek())
s2, p2 = make_counter()
print(s2(), p2(), peek())
def multiplier(n):
    return lambda x: x * n
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5))
print(double(double(1)), triple(-1), step.__name__, step.__qualname__)
def outer():
    v = "before"
    def get():
        return v
    v = "after"
    return get
print(outer()())
