x[a := 1]
x[a := 1, b := 2]
x[::]
x[a, b:c, ::d, *e]
x[1,]
x[(1, 2)]
a.b.c = d.e.f = g
a[b] = c[d] = e
a, (b, [c, *d]) = e
(a, b), c = d
[a, b], c = d
[] = a
() = a
(a,) = b
a, = b
*a, = b
(*a,) = b
[*a] = b
a, *b, c = d
x = *a, *b
x = [*a, *b]
print(*a, *b, **c, **d)
print(a=1, *b)
print(a=1, **b, c=2)
print(a for a in b)
