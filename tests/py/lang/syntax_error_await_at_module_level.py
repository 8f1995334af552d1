# await at module level (outside any function): SyntaxError "'await' outside function".
async def fetch():
    return 42


print("never printed")
value = await fetch()
print(value)
x = 1
y = 2
