# Global and builtin names looked up again after every kind of change: rebinding, shadowing a
# builtin, deleting the shadow, a `global` statement in a loop, and changing builtins itself.
import builtins


def use_len(x):
    return len(x)


def get_counter():
    return counter


counter = 0
for i in range(3):
    counter += 1
    print("counter", get_counter())

print(use_len("abc"))
len = lambda x: f"shadowed {x!r}"
print(use_len("abc"))
del len
print(use_len("abc"))


def bump():
    global counter
    for _ in range(4):
        counter = counter * 2
        print("bumped", get_counter())


bump()

original = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-5), [abs(v) for v in (-1, 2)])
builtins.abs = original
print(abs(-5))


def late():
    return not_yet


try:
    late()
except NameError as e:
    print("NameError:", e)
not_yet = "defined now"
print(late())
del not_yet
try:
    late()
except NameError as e:
    print("NameError again:", e)
