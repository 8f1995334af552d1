# Unpacking errors: too many / not enough values, non-iterables, and starred mismatches.
def attempt(label, fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
def two(it):
    a, b = it
def three(it):
    a, b, c = it
def star(it):
    a, b, *c = it
attempt("3 into 2", lambda: two([1, 2, 3]))
attempt("1 into 2", lambda: two([1]))
attempt("2 into 3", lambda: three((1, 2)))
attempt("str into 2", lambda: two("abc"))
attempt("int", lambda: two(5))
attempt("None", lambda: two(None))
attempt("1 into a,b,*c", lambda: star([1]))
attempt("gen into 2", lambda: two(x for x in range(5)))
attempt("dict into 3", lambda: three({"a": 1}))
