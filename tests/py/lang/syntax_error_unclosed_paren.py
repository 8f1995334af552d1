# A '(' that is never closed is a SyntaxError; nothing runs, not even earlier lines.
print("this line is never printed")


def area(w, h):
    return w * h


result = area(3, 4
print(result)
