# The same keyword argument twice in a call: "keyword argument repeated: sep".
words = ["a", "b"]
print(*words)


def join(xs, sep=" "):
    return sep.join(xs)


print(join(words, sep="-", sep="+"))
print("never printed")
