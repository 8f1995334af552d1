match = 1
match.x = 2
print(match)
case = 3
_ = 4
match(x)
