f'{x:{{y}}}'
f'{3!r}' f'{4!s}'
f'{"a"!r}'
f'''{x
!r}'''
f'''
{x +
y}'''
f'{x:=}'
def g():
    return f'{yield}'
f'{f"{x}"}'
f"{'{'}"
f'{"}"}'
f'{a["b"]:x}'
rf'\{x}'
f'\{x}'
f'\N{BULLET} {x}'
f'{x}\N{BULLET}'
f'{x!a}'
f'{x:%Y-%m-%d}'
f'{x!r:{y}.{z}f}'
'\777'
'\8'
'\xff\u00e9\U0001F600'
'\N{EURO SIGN}\N{greek small letter alpha}'
'abc\
  def'
x = 'a' \
  'b'
def f(a=1, *, b): pass
def g(*, b=1, c): pass
