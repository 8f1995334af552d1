# Augmented assignment to a literal or a call: "'function call' is an illegal expression for augmented assignment".
counts = {"a": 1}
print(counts)


def get():
    return counts


get() += 1
print(counts)
