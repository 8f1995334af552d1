# await inside a plain (non-async) function: SyntaxError "'await' outside async function".
async def fetch():
    return 42


def main():
    value = await fetch()
    return value


print("never printed")
print(main())
