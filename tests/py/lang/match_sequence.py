# match with sequence patterns: fixed length, star captures, nesting and type checks.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long, starts with {first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for s in ([], [1], (1, 2), [1, 2, 3], list(range(6)), "ab"):
    print(repr(s), "->", shape(s))
def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items]:
            return f"picking up {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [("north" | "south") as d, *_]:
            return f"heading {d}"
        case _:
            return f"unknown command {cmd!r}"
for c in ("go west", "pick up sword shield", "exit", "north fast", "dance"):
    print(command(c))
match [(1, 2), (3, 4)]:
    case [(a, b), (c, d)]:
        print(a + b + c + d)
