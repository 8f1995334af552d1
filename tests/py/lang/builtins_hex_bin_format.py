# hex/oct/bin of ints (and __index__ objects) and format() equivalents.
for n in (0, 1, 10, 255, -255, 2 ** 40):
    print(n, hex(n), oct(n), bin(n), format(n, "x"), format(n, "#b"), f"{n:o}")
class Seven:
    def __index__(self):
        return 7
print(hex(Seven()), bin(Seven()), oct(Seven()))
print(int("0x1f", 16), int("1f", 16), int("0b101", 2), int("0o17", 8))
print(format(255, "02X"), format(255, "010b"), format(255, "#06x"), format(-5, "#x"))
print(hex(True), bin(False))
try:
    oct(3.0)
except TypeError as e:
    print("TypeError:", e)
print(hex(int("ff", 16) + 1), bin(int("-101", 2)), oct(0o777 & 0o70))
