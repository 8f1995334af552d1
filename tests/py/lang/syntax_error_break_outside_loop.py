# `break` outside any loop: SyntaxError "'break' outside loop".
def search(items, target):
    for item in items:
        if item == target:
            return True
    if not items:
        break
    return False


print(search([1, 2], 2))
