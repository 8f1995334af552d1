# assert passes silently when true and raises AssertionError (with an optional message).
assert True
assert 1 + 1 == 2, "math works"
try:
    assert False
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught:", e)
try:
    assert [], ["message", "can", "be", "any object"]
except AssertionError as e:
    print("caught:", e.args[0])
def check(n):
    assert n >= 0, f"negative: {n}"
    return n ** 0.5
print(check(16))
try:
    check(-4)
except AssertionError as e:
    print(type(e).__name__, e)
print(issubclass(AssertionError, Exception))
