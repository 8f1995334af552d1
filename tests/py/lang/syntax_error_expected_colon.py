# A compound statement header without its colon: SyntaxError "expected ':'".
def classify(n):
    if n < 0
        return "negative"
    return "non-negative"


print("never printed")
print(classify(-1))
print(classify(1))
