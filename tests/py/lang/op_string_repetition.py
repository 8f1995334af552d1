# Sequence repetition with *, including zero, negative counts and nested-list aliasing.
print("ab" * 3, 3 * "ab", repr("ab" * 0), repr("ab" * -2))
print([0] * 4, [1, 2] * 2, (1,) * 3, [] * 5)
print([None] * -1, () * 10)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 9
print(grid)
s = "-"
s *= 5
print(s)
lst = [1]
alias = lst
lst *= 3
print(lst, alias is lst)
print("=" * 20)
print(True * "yes", "x" * False)
