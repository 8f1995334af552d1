# Unicode strings: len counts code points; chr/ord, case mapping and slicing of non-ASCII text.
s = "héllo wörld ✓ 中文 😀"
print(s, len(s), s[1], s[-1], s[12:14])
print(s.upper(), s.title())
print([ord(c) for c in "aé✓😀"], chr(233), chr(0x1F600), chr(0x4E2D))
print("😀" * 3, len("😀" * 3), "中" in s, s.find("✓"), s.index("😀"))
print(sorted("éaèb"), max("aé"), "é" > "z")
print("ß".upper(), len("ß".upper()), "ÀÉÎ".lower(), "ñ".upper())
print("αβγ".upper(), "ДОМ".lower(), "日本".isalpha(), "١٢".isdigit())
print("\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "\x41")
print(s.count("l"), s.replace("ö", "oe"), s[::-1])
print(s.split(), "-".join("中文"))
print("Ä".casefold(), "ﬀ".upper(), len("ﬀ".upper()))
