x: int = 5
y: list[int]
(z): int = 3
a.b: int
a[0]: str = "s"
