print(*a)
x = (*a)
