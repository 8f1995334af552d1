# hash() of ints is deterministic: small ints hash to themselves, -1 hashes to -2.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(2 ** 100))
print(hash(1) == hash(1.0), hash(2 ** 80) == hash(float(2 ** 80)))
print(hash(3) == hash(3.0), hash(0) == hash(0.0) == hash(-0.0))
print(hash((1, 2)) == hash((1, 2)), hash("x") == hash("x"))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
