# f-strings: expressions, nested quotes, calls, conversions and literal braces.
name = "Ada"
n = 3
items = [1, 2, 3]
print(f"hello {name}", f"{n + 1}", f"{n * 2}")
print(f"{name.upper()} {len(items)} {items[-1]} {items}")
print(f"{'quoted'} {'x' if False else 'y'} {'''triple''' if n else ''}")
print(f"{{literal}} {{{n}}}")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{3.14159:.2f} {n:03d} {name:>6}|")
print(f"{(lambda x: x * 2)(5)}")
print(f"{', '.join(str(i) for i in items)}")
print(f"{n if n > 2 else 0} {[i * i for i in items]}")
width = 8
print(f"[{name:^{width}}]", f"[{'x':*<{width // 2}}]")
print(f"{f'{n}' * 2}", f"{n:{'>'}{5}}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P()} {P():abc} {P():{n}}")
