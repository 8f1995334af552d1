# input(prompt) writes the prompt to stdout (stdin is not a terminal) before reading a line.
total = 0
while True:
    entry = input("number (or 'done'): ")
    if entry == "done":
        break
    total += float(entry)
print()
print("total:", total)
answer = input("continue? ")
print("answer was", answer.strip().lower())
