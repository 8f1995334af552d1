# Keyword-only parameters after * or *args, with and without defaults.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a"), connect("b", port=443, secure=True), connect(secure=True, host="c"))
def mix(a, *rest, key, flag=False):
    return a, rest, key, flag
print(mix(1, 2, 3, key="k"), mix(1, key=0, flag=True))
try:
    connect("a", 443)
except TypeError as e:
    print("TypeError:", e)
try:
    mix(1, 2)
except TypeError as e:
    print("TypeError:", e)
def many(*, a, b, c=3):
    return a + b + c
print(many(b=2, a=1))
try:
    many(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    many(a=1)
except TypeError as e:
    print("TypeError:", e)
print(connect.__kwdefaults__, many.__kwdefaults__)
