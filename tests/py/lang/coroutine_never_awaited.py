# A coroutine created and dropped without being awaited prints CPython's RuntimeWarning on stderr, once per line; a closed one does not
async def fetch(n):
    print("never runs", n)
    return n


def forget():
    fetch(1)


for _ in range(3):
    forget()

c = fetch(2)
c.close()
print("closed without a warning")
print("done")
