# chr() and ord() round-trip code points; range and length errors use CPython's messages.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(0)), chr(8364), chr(128512), repr(chr(127)))
print("".join(chr(c) for c in range(ord("a"), ord("f"))))
print([chr(ord(c) + 1) for c in "HAL"])
print(chr(0x10FFFF) == "\U0010FFFF", ord(chr(1000)))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"),
            lambda: ord(65), lambda: chr("a"), lambda: chr(65.0)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
shift = 3
msg = "attack at dawn"
enc = "".join(chr((ord(c) - 97 + shift) % 26 + 97) if c.isalpha() else c for c in msg)
print(enc)
