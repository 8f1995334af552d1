# input() reads lines from stdin (see input_basic.stdin), stripping the trailing newline.
name = input()
age = int(input())
print(f"Hello, {name}! Next year you will be {age + 1}.")
numbers = [int(x) for x in input().split()]
print("sum:", sum(numbers), "max:", max(numbers))
line = input()
print(repr(line))
blank = input()
print("blank line:", repr(blank))
last = input()
print("last line without newline:", repr(last))
