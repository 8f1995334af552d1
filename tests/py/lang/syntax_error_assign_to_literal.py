# Assigning to a literal: "cannot assign to literal here. Maybe you meant '==' instead of '='?"
limit = 10
print(limit)


def check(n):
    return n < limit


10 = limit
print(check(5))
