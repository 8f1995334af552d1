# Password checks and tokenising with the constants
import string


def strength(pw):
    checks = [any(c in string.ascii_lowercase for c in pw),
              any(c in string.ascii_uppercase for c in pw),
              any(c in string.digits for c in pw),
              any(c in string.punctuation for c in pw),
              len(pw) >= 8]
    return sum(checks)


for pw in ['abc', 'Abcdefgh', 'Abcdefg1', 'Abc!efg1', 'ALLUPPER', '']:
    print(repr(pw), strength(pw))


def tokens(text):
    out, cur = [], ''
    for ch in text:
        if ch in string.ascii_letters + string.digits + "_'":
            cur += ch
        else:
            if cur:
                out.append(cur)
            cur = ''
            if ch in string.punctuation:
                out.append(ch)
    if cur:
        out.append(cur)
    return out


print(tokens("Don't stop: x_1 + y2 = 42!"))
print(string.whitespace.encode('ascii') if False else [c for c in string.whitespace])
print(all(c.isprintable() or c in string.whitespace for c in string.printable))
