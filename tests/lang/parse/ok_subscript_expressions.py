x = 1 if 2 else 3 or 4 and 5
x = [1, 2][0]
x = {1: 2}[1]
x = (1, 2)[0]
x = 'abc'[1:]
x = f'{a}'.upper()
