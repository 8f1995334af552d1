# Format specs in f-strings: fill, align, sign, width, grouping, precision and types.
n = 1234567
print(f"[{n}] [{n:10}] [{n:<10}] [{n:^10}] [{n:>10}] [{n:*^11}]")
print(f"[{n:,}] [{n:_}] [{n:+}] [{-n: }] [{n: }] [{n:=+12}] [{-n:012}]")
print(f"[{255:x}] [{255:#X}] [{255:o}] [{255:#b}] [{255:c}] [{65:c}]")
print(f"[{3.5:10.3f}] [{-3.5:<10.1f}] [{3.5:+.0f}] [{0.000314:.2e}] [{1234.5:,.1f}]")
print(f"[{'s':5}] [{'s':>5}] [{'s':^5}] [{'abcdef':.3}] [{'abcdef':>8.2}]")
print(f"[{True:5}] [{True!s:5}] [{None!s:>6}] [{None!r:>6}]")
print(f"[{0.5:%}] [{0.5:.0%}] [{1 / 3:.3%}]")
print(f"[{12:08.3f}] [{-12:08.3f}] [{12:+08d}] [{1e6:g}] [{1e5:g}]")
print(f"[{10 ** 20:,}] [{-(10 ** 20):_x}]")
for bad in ("{:d}", "{:s}", "{:,s}", "{:=s}", "{:x}"):
    try:
        print(bad.format(1.5 if "d" in bad or "x" in bad else 7))
    except ValueError as e:
        print("ValueError:", e)
