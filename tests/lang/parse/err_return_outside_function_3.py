print(*a, b)
return *a
