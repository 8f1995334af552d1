# str() and repr() of common built-in exceptions raised by the interpreter itself.
def capture(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__:18} str={str(e)!r}")
        print(f"{'':18} repr={e!r} args={e.args}")
capture(lambda: {}["missing"])
capture(lambda: [][0])
capture(lambda: 1 / 0)
capture(lambda: int("x"))
capture(lambda: undefined_name)
capture(lambda: (1).nope)
capture(lambda: iter(5))
capture(lambda: next(iter([])))
capture(lambda: "a" + 1)
capture(lambda: [].pop())
def import_missing():
    import no_such_module_xyz
capture(import_missing)
