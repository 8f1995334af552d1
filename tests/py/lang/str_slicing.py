# String slicing with positive, negative and omitted bounds and steps.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-6:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[2:2]))
print(s[::3], s[9::-3], s[:3:-1], s[0:10:4])
print(s[slice(1, 8, 3)], s[slice(None, None, -4)], s[slice(4)])
sl = slice(1, -1, 2)
print(sl.start, sl.stop, sl.step, s[sl])
print(slice(1, 20, 3).indices(10), slice(None, None, -1).indices(5))
print("abc"[True:], "abcdef"[-2:100:-1], repr("abc"[3:]))
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    print(s[1.5:])
except TypeError as e:
    print("TypeError:", e)
