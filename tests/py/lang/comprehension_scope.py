# Comprehension variables do not leak; comprehensions see enclosing names but not class ones.
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class K:
    factor = 3
    direct = [factor * 2]
    try:
        scaled = [factor * i for i in range(3)]
    except NameError as e:
        scaled = str(e)
print(K.direct, K.scaled)
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
i = 100
total = sum(i for i in range(5))
print(total, i)
print([[j for j in range(i)] for i in range(3)])
