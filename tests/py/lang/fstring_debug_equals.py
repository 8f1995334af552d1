# The self-documenting f-string form {expr=}, with spacing, conversions and format specs.
x = 42
name = "Ada"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x=:>6}")
print(f"{x * 2 + 1=}")
print(f"{items[0]=}, {len(items)=}")
print(f"{3.14159=:.2f}")
print(f"{name.upper()=}")
print(f"{ x  =  }|")
print(f"{x=!r:^8}|")
print(f"{None=}", f"{'s'=}")
