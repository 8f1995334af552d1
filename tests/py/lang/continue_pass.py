# pass as a placeholder statement and continue in nested loops and try/finally.
def todo():
    pass
class Empty:
    pass
print(todo(), Empty.__name__)
for i in range(3):
    pass
out = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        out.append((i, j))
print(out)
log = []
for i in range(4):
    try:
        if i % 2:
            continue
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)
if True:
    pass
else:
    print("unreachable")
print("done")
