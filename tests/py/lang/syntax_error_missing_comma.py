# Two adjacent items in a list display: "invalid syntax. Perhaps you forgot a comma?"
names = ["ann", "bob"]
print(names)

scores = [
    10,
    20
    30,
]
print(scores)
