x = a.b.c.d(e)(f)[g]
x = a
x = -1
x = --1
x = +-~1
