# input() at end of stdin raises EOFError; reading all lines until EOF is a common loop.
lines = []
while True:
    try:
        lines.append(input())
    except EOFError as e:
        print("EOFError:", repr(str(e)))
        break
print(len(lines), lines)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("again:", e)
