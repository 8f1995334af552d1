# Conditional expressions `a if cond else b` evaluate only the chosen branch.
def loud(x):
    print("eval", x)
    return x
for n in (-2, 0, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
print(loud(1) if True else loud(2))
print(loud(1) if [] else loud(2))
x = 5
print((x if x > 3 else 0) * 2)
print([i if i % 2 else -i for i in range(5)])
f = lambda v: "even" if v % 2 == 0 else "odd"
print(f(4), f(7))
print(1 if 0 else 2 if 0 else 3)
s = "" or "default"
print(s, None if s else "empty")
