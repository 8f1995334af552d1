print((a for a in b))
print(a for a in b for c in d if e)
x = 1 < 2 < 3 > 4
x = a == b == c
x = a and b or not c and d
def f(): x = yield a, b
def f(): x = yield *a, b
async def f(): return await a + await b
x = ~~~1
x = +-+-1
x = 1 + - + 1
x = 2**-1
x = -2**2**-1
a @= b
a //= b
a **= 2
x = 'a' 'b' f'c' 'd' f'{e}'
x = ''
x = ''''''
x = """"""
x = '''a'b'c'''
x = "a\"b"
x = 'a\'b'
x = r'a\'b'
x = r'\\'
