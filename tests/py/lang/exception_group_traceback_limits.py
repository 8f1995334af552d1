# Boxed traceback limits: at most 15 sub-exceptions shown, nesting cut at depth 10.
def build():
    eg = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
    for i in range(12):
        eg = ExceptionGroup(f"d{i}", [eg, KeyError(i)])
    return eg

eg = build()
print(len(eg.exceptions), eg.message)
print(str(eg.exceptions[0]))
raise ExceptionGroup("top", [ValueError(i) for i in range(20)] + [eg])
