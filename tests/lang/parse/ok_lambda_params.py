lambda: 0
lambda x, y=2, *a, z, **k: x
lambda x, /, y: y
lambda *, k: k
