# bool is a subclass of int: arithmetic, repr, str, int() and indexing with bools.
print(True, False, repr(True), str(False))
print(True + True, True * 10, False - True, True / 2, True // 1)
print(isinstance(True, int), issubclass(bool, int), type(True + 1).__name__)
print(int(True), float(False), bool(0), bool(-1), bool(0.0), bool("False"))
print(sum([True, True, False, True]))
print(["no", "yes"][True], ["no", "yes"][False])
print(True == 1, False == 0, (1 == 1) is True, (1 + 1 == 3) is False)
print(bool(), bool([]), bool([0]), bool(None), bool(()), bool({0: 0}))
print(f"{True:d} {True!r} {False:>6}|")
print(True & True, True and 2, False or 0)
print(bool.__name__, bool.__mro__)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(max(True, 2), min(False, -1))
