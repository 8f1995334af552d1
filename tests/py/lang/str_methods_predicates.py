# str predicates: isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isidentifier/isprintable.
samples = ["abc", "ABC1", "123", "12.5", " \t\n", "", "héllo", "x_1", "1x", "²", "Ⅻ", "a b", "\x07"]
print("sample      digit decim numer alpha alnum space ident print ascii")
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
             s.isspace(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(f"{s!r:11}", " ".join(f"{str(f):5}" for f in flags))
print("class".isidentifier(), "_private".isidentifier(), "名前".isidentifier())
print("-5".isdigit(), "٣".isdigit(), "½".isnumeric(), "½".isdigit())
print(" ".isspace(), "\u00a0".isspace(), "a\tb".isprintable(), "é".isascii())
print(all(c.isalnum() for c in "abc123"), any(c.isupper() for c in "abC"))
