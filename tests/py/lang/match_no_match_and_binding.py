# A match with no matching case does nothing; capture names stay bound after the match.
def check(value):
    result = "unset"
    match value:
        case [x, y]:
            result = f"pair {x} {y}"
        case {"k": v}:
            result = f"mapping with k={v}"
    return result
print(check([1, 2]), check({"k": 9, "other": 0}), check(5), check("ab"))
match (1, 2, 3):
    case (a, *b):
        pass
print(a, b)
x = 5
match x:
    case 1:
        print("one")
print("after match with no case taken")
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mappings may have extra keys")
match [1, 2]:
    case (1, 2):
        print("tuple pattern matches a list")
match "ab":
    case [*_]:
        print("str matched a sequence")
    case _:
        print("str is not a sequence pattern")
