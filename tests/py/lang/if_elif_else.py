# if/elif/else chains, nested ifs, and conditions built from comparisons and truthiness.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 7, 42, 1000)])
for value in ([], [1], "", "x", None, 0.0):
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")
x = 15
if x % 3 == 0:
    if x % 5 == 0:
        print("FizzBuzz")
    else:
        print("Fizz")
if x > 10: print("one-line if")
if not x: pass
else: print("one-line else")
