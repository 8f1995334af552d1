# Integer literals in hex/octal/binary with underscores, and hex()/oct()/bin() output.
print(0x1F, 0o17, 0b1011, 1_000_000, 0x_FF, 0b_1_0)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5))
print(hex(0), oct(0), bin(0))
print(hex(2 ** 64), bin(2 ** 10 - 1))
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#o} {255:#b}")
print(f"{-42:x} {1234567:_x} {255:08b} {5:#010b}")
print(format(3054, "#X"), format(10, "o"))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("3")
except TypeError as e:
    print("TypeError:", e)
print(int(hex(999), 16), int(oct(999), 8), int(bin(999), 2))
