# Default parameter values: evaluated once at definition, overridable by position or keyword.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ada"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
stamp = 1
def show(x=stamp):
    return x
stamp = 2
print(show(), show(5))
def collect(item, bucket=[]):
    bucket.append(item)
    return bucket
print(collect(1), collect(2), collect(3, []), collect(4))
def safe_collect(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_collect(1), safe_collect(2))
print(greet.__defaults__, show.__defaults__, collect.__defaults__)
def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(f(1), f(1, 5, 6, 7, c=8, d=9))
