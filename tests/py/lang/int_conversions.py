# int() from strings in many bases, from floats, bools and objects with __index__/__int__.
print(int("42"), int("  -17  "), int("+8"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("10", 36), int("0", 0))
print(int(3.99), int(-3.99), int(1e20), int(True), int())
print(int(2.5e-3), int(-0.0))
class Idx:
    def __index__(self):
        return 7
class Num:
    def __int__(self):
        return 11
print(int(Num()), [10, 20, 30, 40, 50, 60, 70, 80][Idx()], bin(Idx()))
print(int(" 0b11 ", 0), int("-0x10", 16))
print(int(10 ** 20 + 0.0) == 10 ** 20)
