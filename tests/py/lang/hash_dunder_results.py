# hash() of an object is what its __hash__ returns when that fits a machine word (-1 becomes -2),
# reduced like hash(int) when it does not; hash('') is 0.
class Word:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

for h in (0, 7, -1, -2, 2**62, -(2**63), 2**63, 2**64, -(2**70), True):
    print(h, hash(Word(h)))

print(hash(""), hash(0), hash(()) == hash(()), hash((1, 2)))

class Bad:
    def __hash__(self):
        return 1.5

try:
    hash(Bad())
except TypeError as e:
    print("TypeError:", e)
