print(f'{x!r:}')
print(f"{'a' 'b'}")
print(f'{x}' f'{y}' 'z' f'')
