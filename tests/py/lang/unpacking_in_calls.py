# * and ** in calls: spreading iterables and mappings, several at once, mixed with literals.
def show(*args, **kwargs):
    print(args, kwargs)
nums = [1, 2, 3]
opts = {"sep": "-", "end": "!\n"}
print(*nums)
print(*nums, **opts)
show(*nums, *"ab", 0)
show(**{"a": 1}, **{"b": 2}, c=3)
show(*range(3), x=1, **{"y": 2})
show(*(), **{})
def point(x, y, z=0):
    return (x, y, z)
print(point(*[1, 2]), point(**{"y": 5, "x": 6}), point(1, *[2], **{"z": 3}))
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
