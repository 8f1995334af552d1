# yield from forwards send() and throw() to the sub-generator and passes its return value back.
def sub():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError:
            print("sub handled KeyError")
            continue
        if x is None:
            return total
        total += x
def delegator():
    while True:
        result = yield from sub()
        print("sub returned", result)
        if result > 10:
            return "big enough"
d = delegator()
print(next(d))
print(d.send(4), d.send(5))
print(d.throw(KeyError))
print(d.send(None))
print(d.send(20))
try:
    d.send(None)
except StopIteration as e:
    print("delegator finished:", e.value)
