# A block header followed by an unindented line: "expected an indented block after 'for' statement".
total = 0
items = [1, 2, 3]

for item in items:
total += item

print(total)
print("never printed")
print("really never")
