# match with literal patterns, or-patterns, capture, wildcard and guards.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case float():
            return "a float"
        case other:
            return f"something else: {other!r}"
for v in (0, 2, "hi", None, True, -5, 2.5, [1], 1.0, False):
    print(repr(v), "->", describe(v))
def status(code):
    match code:
        case 200:
            return "OK"
        case 404:
            return "Not Found"
        case _:
            return "Unknown"
print(status(200), status(404), status(500))
