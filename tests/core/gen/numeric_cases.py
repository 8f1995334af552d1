#!/usr/bin/env python3
"""Writes numeric_cases.inc: (input, expected) tables for tests/core/{bigint,numfmt}_test.cpp.

Every expected value is computed here by CPython 3.11 (the oracle); the .inc is never edited by
hand. Regenerate from the repository root with:

    python3 tests/core/gen/numeric_cases.py > tests/core/gen/numeric_cases.inc

The random cases use a fixed seed, so regenerating with the same CPython gives the same file.
Floats are written as their IEEE-754 bit patterns so that inputs are exact; errors are written
as "ExceptionName: message", which is what NumResult::describe() prints.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
sys.set_int_max_str_digits(0)  # the generator itself must print big ints
rng = random.Random(20240611)


def bits(x):
    return "0x%016xull" % struct.unpack("<Q", struct.pack("<d", x))[0]


def cstr(s):
    """A C++ string literal; non-ASCII and control bytes as 3-digit octal escapes."""
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c in '"\\':
            out.append("\\" + c)
        elif 0x20 <= b < 0x7F and c != "?":  # '?' avoids trigraph-looking sequences
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def outcome(f):
    try:
        return f()
    except Exception as e:  # the message is part of the contract
        msg = str(e)
        return type(e).__name__ + (": " + msg if msg else "")


def with_limit(limit, f):
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(limit)
    try:
        return outcome(f)
    finally:
        sys.set_int_max_str_digits(old)


# ---------------------------------------------------------------------------------------------
# Inputs

def rand_int(max_bits=300):
    k = rng.choice([1, 5, 31, 32, 33, 63, 64, 65, 100, 128, 200, max_bits])
    x = rng.getrandbits(k)
    r = rng.random()
    if r < 0.15:
        x = (1 << k) - rng.randint(0, 2)
    elif r < 0.25:
        x = 10 ** rng.randint(0, 60) + rng.choice([-1, 0, 1])
    return -x if rng.random() < 0.5 else x


EDGE_INTS = [0, 1, -1, 7, -7, 2**31, 2**32 - 1, 2**53, 2**53 + 1, 2**63 - 1, -2**63, 2**63,
             -2**63 - 1, 2**64 - 1, 2**64, -2**64, 2**61 - 1, 2**61, -2**61, 2**61 - 2,
             10**18, 10**19, 10**20, -10**20, 3**100, -(7**60), 2**200 + 1]

EDGE_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -0.5, -2.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3,
               2.675, 1.005, 0.125, 0.375, 0.05, 0.15, 0.25, 0.35, 100.0, 1e15, 1e16, 1e17,
               9999999999999998.0, 123456789012345.0, 1234567890123456.0, 12345678901234567.0,
               2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1e22, 1e23, 1e100, 1e300, 1e308,
               1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308,
               5e-324, 1e-323, 4.9406564584124654e-324 * 3, 1e-310, 1e-4, 1e-5, 0.0001,
               0.00001, 0.0009999999999999998, 1.5e-5, 123.456, -123.456, 3.141592653589793,
               2.718281828459045, 6.02214076e23, 1.602176634e-19, 299792458.0, 1e-7, 9.5, 99.5,
               999.5, 0.995, float("inf"), float("-inf"), float("nan")]


def rand_float():
    r = rng.random()
    if r < 0.35:
        while True:
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
            if math.isfinite(x):
                return x
    if r < 0.6:
        return float("%.*g" % (rng.randint(1, 17), rng.uniform(-10, 10) * 10.0 ** rng.randint(-20, 20)))
    if r < 0.8:
        return rng.randint(-10**6, 10**6) / rng.choice([1, 2, 4, 8, 10, 100, 1000, 3, 7])
    return math.ldexp(rng.choice([1.0, 1.5, -1.0, 0.75]), rng.randint(-1074, 1023))


# ---------------------------------------------------------------------------------------------
# Tables

def emit(name, fields, rows):
    print(f"struct {name}Case {{")
    for ctype, fname in fields:
        print(f"  {ctype} {fname};")
    print("};")
    print(f"inline constexpr {name}Case k{name}Cases[] = {{")
    for row in rows:
        print("    {" + ", ".join(row) + "},")
    print("};")
    print()


def int_binary_rows():
    ops = {
        "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
        "//": lambda a, b: a // b, "%": lambda a, b: a % b,
        "divmod": lambda a, b: "%d %d" % divmod(a, b),
        "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
        "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b, "**": lambda a, b: a ** b,
        "/": lambda a, b: repr(a / b), "gcd": math.gcd,
        "cmp": lambda a, b: (a > b) - (a < b),
    }
    pairs = [(a, b) for a in (7, -7, 0, 2**64, -2**64 - 5) for b in (2, -2, 3, -3, 0)]
    pairs += [(2**64, 2**32), (-2**100, 3), (10**40, -(10**20 + 7)), (-(10**40), 10**20 + 7)]
    rows = []
    for op, f in ops.items():
        cases = list(pairs) if op in ("//", "%", "divmod", "/") else []
        for _ in range(14):
            a, b = rand_int(), rand_int()
            if op in ("<<", ">>"):
                b = rng.choice([0, 1, 5, 63, 64, 65, 100, 1000, -1])
            if op == "**":
                a, b = rng.choice([rand_int(64), 2, -2, 3, -1, 10]), rng.randint(0, 40)
            cases.append((a, b))
        if op == "**":
            cases += [(2, 10000), (3, 2000), (-3, 3), (0, 0), (-2, 63), (-2, 64)]
        if op == "/":
            cases += [(1, 3), (2**1100, 3), (3, 2**1100), (10**400, 10**399), (10**400, 3),
                      (1, 10**400), (-1, 10**400), (2**1075 + 1, 2**2149), (0, -5)]
        for a, b in cases:
            rows.append([cstr(op), cstr(str(a)), cstr(str(b)), cstr(str(outcome(lambda: f(a, b))))])
    return rows


def int_unary_rows():
    ops = {
        "str": str, "hex": hex, "oct": oct, "bin": bin, "hash": hash,
        "bit_length": lambda a: a.bit_length(), "float": lambda a: repr(float(a)),
        "neg": lambda a: -a, "abs": abs, "invert": lambda a: ~a,
        "base36": None, "base7": None,
    }

    def base_repr(n, b):
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        if n == 0:
            return "0"
        s, m = "", abs(n)
        while m:
            s, m = digits[m % b] + s, m // b
        return ("-" if n < 0 else "") + s

    values = EDGE_INTS + [rand_int() for _ in range(12)] + [2**1024 - 2**970, 2**1024 - 2**970 - 1,
                                                           2**1024, -(2**1023)]
    rows = []
    for op, f in ops.items():
        for a in values:
            if op == "base36":
                e = base_repr(a, 36)
            elif op == "base7":
                e = base_repr(a, 7)
            else:
                e = outcome(lambda: f(a))
            rows.append([cstr(op), cstr(str(a)), cstr(str(e))])
    return rows


def big_value_rows():
    """Values the test computes itself (by name), with their str() and hash()."""
    # str(3**20959) is 10,000 digits: the cost of a decimal conversion that size is in the brief.
    a, b = 3**20959, 7**3000
    big = {"2**10000": 2**10000, "factorial(1000)": math.factorial(1000),
           "3**20959": 3**20959, "-7**999": -(7**999), "3**20959 // 7**3000": a // b,
           "3**20959 % -7**3000": a % -b, "-3**20959 // 7**3000": -a // b,
           "3**20959 >> 12345": a >> 12345, "-3**20959 >> 12345": -a >> 12345,
           "3**20959 & -7**3000": a & -b, "-3**20959 | 7**3000": -a | b,
           "3**20959 * 7**3000": a * b, "2**20000 / 3**12000": repr(2**20000 / 3**12000)}
    def digest(text):  # long decimal strings are checked by length, head and tail (and hash)
        return text if len(text) <= 3100 else "%d:%s...%s" % (len(text), text[:40], text[-40:])
    return [[cstr(name), cstr(digest(str(v))), cstr(str(hash(v)) if isinstance(v, int) else "")]
            for name, v in big.items()]


def int_parse_rows():
    texts = [("0", 10), ("-0", 10), ("  42  ", 10), ("+17", 10), ("1_000_000", 10), ("1__0", 10),
             ("_1", 10), ("1_", 10), ("0x_ff", 0), ("0xff", 16), ("0XFF", 0), ("ff", 16),
             ("0o17", 0), ("0b1011", 0), ("0b", 2), ("010", 0), ("00", 0), ("0_0", 0), ("0_7", 0),
             ("abc", 10), ("abc", 0), ("z", 36), ("Z", 36), ("12", 2), ("", 10), ("   ", 10),
             ("- 1", 10), ("1 1", 10), ("\t\n 9\r\x0b\x0c", 10), ("9\x1c", 10), ("1\x00", 10),
             ("\u0661\u0662\u0663", 10), ("\u0661x", 10), ("\u30001\u2000", 10), ("\xa07", 10),
             ("\U0001d7d8\U0001d7d9", 10), ("\u20ac", 10), ("'", 10), ("it's", 10),
             ('"\'', 10), ("back\\slash", 10), ("\u200b1", 10), ("é", 10), ("1", 1),
             ("1", 37), ("1", -1), ("x" * 300, 10), ("7" * 50, 8), ("9" * 640, 10),
             ("zz" * 30, 36), ("-" + "f" * 40, 16), ("1" * 100, 2), ("12345678901234567890", 10),
             ("-9223372036854775808", 10), ("18446744073709551616", 10)]
    rows = []
    for text, base in texts:
        e = outcome(lambda: str(int(text, base)))
        rows.append([cstr(text), str(len(text.encode())), str(base), "4300", cstr(e)])
    for text, limit in [("9" * 4300, 4300), ("9" * 4301, 4300), ("1_" * 700 + "1", 640),
                        ("f" * 2000, 640), ("9" * 4400, 0), (" -" + "8" * 641, 640)]:
        base = 16 if text.startswith("f") else 10
        v = with_limit(limit, lambda: int(text, base))  # parse under the limit, print without it
        rows.append([cstr(text), str(len(text.encode())), str(base), str(limit), cstr(str(v))])
    return rows


def expr(v):
    """Huge ints as "[-]10**e[+k]", which the test evaluates."""
    for e in (639, 700, 4299, 4300, 5000, 7000, 400):
        for k in (0, 1, -1):
            for sign in (1, -1):
                if v == sign * 10**e + k:
                    return ("-" if sign < 0 else "") + "10**%d" % e + ("%+d" % k if k else "")
    return str(v)


def int_str_limit_rows():
    rows = []
    for v, limit in [(10**4299, 4300), (10**4300, 4300), (-(10**4300) + 1, 4300), (10**5000, 4300),
                     (10**5000, 0), (10**7000, 4300), (10**700, 640), (10**639, 640)]:
        e = with_limit(limit, lambda: "digits=%d" % len(str(v)))
        rows.append([cstr(expr(v)), str(limit), cstr(e)])
    return rows


def int_compare_float_rows():
    rows = []
    vals = [(0, 0.0), (0, -0.0), (1, 1.0), (2**53 + 1, float(2**53 + 1)), (2**53 + 1, 2.0**53),
            (-(2**53 + 1), -(2.0**53)), (10**400, float("inf")), (-(10**400), float("-inf")),
            (5, float("nan")), (2**1024, 1.7976931348623157e308), (3, 2.5), (3, 3.5), (-3, -2.5),
            (-3, -3.5), (1, 0.9999999999999999), (0, 5e-324), (0, -5e-324), (2**64, 2.0**64),
            (2**64 - 1, 2.0**64), (-(2**63), -(2.0**63))]
    for _ in range(20):
        a = rand_int(1100)
        b = rng.choice([float(a) if abs(a) < 2**1023 else 1e308, rand_float(), a / 3 if abs(a) < 2**1000 else 0.5])
        vals.append((a, b))
    for a, b in vals:
        e = "lt" if a < b else "gt" if a > b else "eq" if a == b else "un"
        rows.append([cstr(str(a)), bits(b), cstr(e)])
    return rows


def int_pow_mod_rows():
    rows = []
    cases = [(3, -1, 7), (2, -1, 4), (0, -1, 5), (2, 3, 0), (2, 3, -5), (2, 0, -5), (5, 0, -1),
             (7, -1, 1), (-3, 3, 7), (-3, -2, -7), (2, 10**20, 10**9 + 7), (10**30, 10**30, 10**15 + 37),
             (2**521 - 1, -1, 2**607 - 1), (12345, 0, 1)]
    for _ in range(12):
        cases.append((rand_int(300), rng.choice([rng.randint(-5, 50), rand_int(200)]), rand_int(200) or 3))
    for a, b, c in cases:
        rows.append([cstr(str(a)), cstr(str(b)), cstr(str(c)), cstr(str(outcome(lambda: pow(a, b, c))))])
    return rows


def int64_rows():
    """int64 helpers: the expected result, or OVERFLOW when it does not fit in int64."""
    def fit(v):
        return str(v) if -2**63 <= v < 2**63 else "OVERFLOW"
    rows = []
    vals = [0, 1, -1, 2, -2, 3, 7, -7, 2**31, 2**32, 2**62, 2**63 - 1, -2**63, -2**63 + 1, 3037000499,
            3037000500, -3037000500]
    for _ in range(40):
        vals.append(rng.randint(-2**63, 2**63 - 1) >> rng.randint(0, 62))
    def lit(v):
        return "INT64_MIN" if v == -2**63 else "%dll" % v

    for a in vals:
        b = rng.choice(vals)
        for op, f in (("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b)):
            rows.append([cstr(op), lit(a), lit(b), cstr(fit(f()))])
        if b != 0:
            rows.append([cstr("//"), lit(a), lit(b), cstr(fit(a // b))])
            rows.append([cstr("%"), lit(a), lit(b), cstr(fit(a % b))])
        e, n = rng.randint(0, 70), rng.randint(0, 70)
        rows.append([cstr("**"), lit(a), lit(e), cstr(fit(a ** e))])
        rows.append([cstr("<<"), lit(a), lit(n), cstr(fit(a << n))])
        rows.append([cstr(">>"), lit(a), lit(n), cstr(fit(a >> n))])
        rows.append([cstr("hash"), lit(a), lit(0), cstr(str(hash(a)))])
        rows.append([cstr("bit_length"), lit(a), lit(0), cstr(str(a.bit_length()))])
    return rows


def double_to_string_rows():
    """PyOS_double_to_string through printf-style formatting ('%+#.3e' % x), flags: 1 sign, 4 alt."""
    rows = []
    values = EDGE_FLOATS + [rand_float() for _ in range(10)]
    for code in "eEfFgG":
        for prec in (0, 1, 3, 6, 17):
            for flags in (0, 1, 4, 5):
                x = rng.choice(values)
                spec = "%" + ("+" if flags & 1 else "") + ("#" if flags & 4 else "") + ".%d" % prec + code
                rows.append([bits(x), "'%s'" % code, str(prec), str(flags), cstr(spec % x)])
    for x in values[:20]:
        rows.append([bits(x), "'r'", "0", "2", cstr(repr(x))])
    return rows


def float_repr_rows():
    values = EDGE_FLOATS + [10.0**k for k in range(-8, 24)] + [2.0**k for k in (-1074, -1073, -1022, -1021, -100, -1, 52, 53, 54, 63, 64, 100, 1023)]
    values += [rand_float() for _ in range(120)]
    return [[bits(x), cstr(repr(x))] for x in values]


FLOAT_SPECS = ["", ">10.3f", "<10.3f", "^10.3f", "=+10.3f", "*^12.4e", "08.3e", "+.2e", " .2E",
               ".0f", ".1f", ".2f", ".0e", ".0g", ".1g", ".3g", ".10g", ".17g", "g", "G", "#g",
               "#.3g", "#.0f", "#.0e", "%", ".1%", "+.0%", ",", ",.2f", "_.3f", "015,.2f", "020_",
               ".3", ".12", "e", "E", "f", "F", "n", "+", " ", "-", "z.2f", "z", "z.0f", "10",
               "010", "0=12.3f", "x<12", "€^11.2f", ".30f", ".60e", ",g", ",e", ",%", ".3n"]
BAD_FLOAT_SPECS = ["d", "x", "s", "c", "b", ".", "10.", ",_", "_,", ",,", "_n", ",n", "ff",
                   ".2ff", "+z#0", "\x01", "é", " ,d", "9" * 30, ".9999999999", "=", "<>"]


def float_format_rows():
    rows = []
    for spec in FLOAT_SPECS:
        for x in rng.sample(EDGE_FLOATS, 5) + [rand_float() for _ in range(2)]:
            rows.append([bits(x), cstr(spec), cstr(outcome(lambda: format(x, spec)))])
    for x, spec in [(0.5, ".0f"), (1.5, ".0f"), (2.5, ".0f"), (-0.5, ".0f"), (0.125, ".2f"),
                    (0.375, ".2f"), (2.675, ".2f"), (1e16, ""), (1e16, ".3"), (123.0, ".2"),
                    (-0.0, ""), (-0.0, "z"), (-0.0001, "z.2f"), (float("nan"), "010"),
                    (float("-inf"), "=+10"), (float("inf"), "%"), (1234567.891, ",.2f"),
                    (-1234.5, "012,.1f"), (1e300, ".0f"), (5e-324, ".400f")]:
        rows.append([bits(x), cstr(spec), cstr(outcome(lambda: format(x, spec)))])
    for spec in BAD_FLOAT_SPECS:
        rows.append([bits(1.5), cstr(spec), cstr(outcome(lambda: format(1.5, spec)))])
    return rows


INT_SPECS = ["", "d", "+,d", ",", "_", "_b", "_x", "_o", "#x", "#X", "#o", "#b", "#010x", "08",
             "+08", "-08", "x", "X", "o", "b", "c", ">10", "<10", "^10", "=10", "*^9,", "0=8,",
             "010,", " d", "+", "n", "e", ".2e", ".3f", "%", "g", ",.2f", "#_X", "^5c", "05c",
             "=5c", "€>7", "20_", "z.2f"]
BAD_INT_SPECS = ["s", "z", "zd", ".2", ".2d", "+c", "#c", ",c", "_c", ",x", ",b", "n,", "_n",
                 "xx", ",_", "=s", "\x01", "é", "0" + "9" * 30]


def int_format_rows():
    rows = []
    values = [0, 5, -5, 65, 255, -255, 1234567, -1234567, 2**64, -(10**30), 0x10FFFF]
    for spec in INT_SPECS:
        for v in rng.sample(values, 4) + [rand_int(200)]:
            if spec.endswith("c") and spec != "c":
                v = rng.choice([65, 0x20AC, 0x1F600, 10])
            rows.append([cstr(str(v)), cstr(spec), "4300", cstr(outcome(lambda: format(v, spec)))])
    for v, spec in [(-1, "c"), (0x110000, "c"), (2**70, "c"), (10**400, "e"), (10**5000, ""),
                    (10**5000, "d"), (10**5000, ","), (10**5000, "x"), (10**5000, "n")]:
        rows.append([cstr(expr(v)), cstr(spec), "4300", cstr(with_limit(4300, lambda: format(v, spec)))])
    for spec in BAD_INT_SPECS:
        rows.append([cstr("42"), cstr(spec), "4300", cstr(outcome(lambda: format(42, spec)))])
    return rows


def str_format_rows():
    rows = []
    strings = ["", "a", "abc", "héllo", "€€", "𝄞x", "tab\tx"]
    specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "€>4", ".2", ".0", "10.3", "05", "0>5",
             "_<6", "=5", "+", " ", "-", "#", "z", "d", ",", "_", "x", ",s", "5,", "+z", "z#",
             "#z", "ss", "é", "\x01", "9" * 30]
    for spec in specs:
        for s in rng.sample(strings, 3):
            rows.append([cstr(s), cstr(spec), cstr(outcome(lambda: format(s, spec)))])
    return rows


def float_round_rows():
    rows = []
    cases = [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (-0.4, 0), (0.125, 2), (0.375, 2),
             (1.005, 2), (5.5, -1), (15.0, -1), (25.0, -1), (-0.0, 2), (1e-320, 321), (5e-324, 400),
             (1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (123.456, -2),
             (123.456, 5), (1e300, -300), (1e300, -309), (-1e300, -309), (0.1 + 0.2, 15),
             (float("inf"), 2), (float("nan"), 2), (1e15 + 0.5, 0), (2**52 + 0.5, 0),
             (9.995, 2), (0.285, 2), (1.0000000000000002, 16), (3.14159, 10**6), (3.14159, -10**6)]
    for _ in range(40):
        cases.append((rand_float(), rng.choice([0, 1, 2, 3, -1, -2, 5, 10, 15, 16, 17, 20, 25, 300, -300])))
    for x, n in cases:
        rows.append([bits(x), str(n) + "ll", cstr(outcome(lambda: repr(round(x, n))))])
    return rows


def float_round_int_rows():
    values = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.0**52 + 1, 1e300, -1e20,
              float("inf"), float("-inf"), float("nan"), -0.0, 3.7, -3.7]
    values += [rand_float() for _ in range(10)]
    return [[bits(x), cstr(outcome(lambda: str(round(x))))] for x in values]


def float_binary_rows():
    ops = {"%": lambda a, b: repr(a % b), "//": lambda a, b: repr(a // b),
           "divmod": lambda a, b: "(%r, %r)" % divmod(a, b), "/": lambda a, b: repr(a / b)}
    pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (-0.0, 5.0), (0.0, -5.0),
             (1.0, 0.0), (1.0, -0.0), (-1e-300, 1e300), (1e308, 1e-308), (float("inf"), 3.0),
             (3.0, float("inf")), (-3.0, float("inf")), (float("nan"), 1.0), (5.0, 0.1),
             (-5.0, 0.1), (1.0, 3.0), (-1.0, 3.0), (6.0, -3.0), (2.0**60, 1.5)]
    pairs += [(rand_float(), rand_float()) for _ in range(6)]
    rows = []
    for op, f in ops.items():
        for a, b in pairs:
            rows.append([cstr(op), bits(a), bits(b), cstr(outcome(lambda: f(a, b)))])
    return rows


def float_misc_rows():
    rows = []
    values = [v for v in EDGE_FLOATS if v == v] + [rand_float() for _ in range(20)]
    for x in values:
        rows.append([cstr("hash"), bits(x), cstr(str(hash(x)))])
        rows.append([cstr("hex"), bits(x), cstr(x.hex())])
        rows.append([cstr("int"), bits(x), cstr(outcome(lambda: str(int(x))))])
        rows.append([cstr("is_integer"), bits(x), cstr(str(x.is_integer()))])
    nan = float("nan")
    rows.append([cstr("hex"), bits(nan), cstr(nan.hex())])
    rows.append([cstr("int"), bits(nan), cstr(outcome(lambda: str(int(nan))))])
    rows.append([cstr("is_integer"), bits(nan), cstr(str(nan.is_integer()))])
    return rows


def main():
    print("// Generated by tests/core/gen/numeric_cases.py with CPython %s. Do not edit." % sys.version.split()[0])
    print("// Regenerate from the repository root:")
    print("//   python3 tests/core/gen/numeric_cases.py > tests/core/gen/numeric_cases.inc")
    print("// Floats are IEEE-754 bit patterns; errors read \"ExceptionName: message\".")
    print("// clang-format off")
    print("#pragma once")
    print()
    print("#include <cstdint>")
    print()
    print("namespace numeric_cases {")
    print()
    emit("IntBinary", [("const char*", "op"), ("const char*", "a"), ("const char*", "b"), ("const char*", "expected")], int_binary_rows())
    emit("IntUnary", [("const char*", "op"), ("const char*", "a"), ("const char*", "expected")], int_unary_rows())
    emit("BigValue", [("const char*", "name"), ("const char*", "str"), ("const char*", "hash")], big_value_rows())
    emit("IntParse", [("const char*", "text"), ("unsigned", "text_bytes"), ("int", "base"), ("unsigned", "max_str_digits"), ("const char*", "expected")], int_parse_rows())
    emit("IntStrLimit", [("const char*", "a"), ("unsigned", "max_str_digits"), ("const char*", "expected")], int_str_limit_rows())
    emit("IntCompareFloat", [("const char*", "a"), ("uint64_t", "b"), ("const char*", "expected")], int_compare_float_rows())
    emit("IntPowMod", [("const char*", "a"), ("const char*", "b"), ("const char*", "m"), ("const char*", "expected")], int_pow_mod_rows())
    emit("Int64", [("const char*", "op"), ("int64_t", "a"), ("int64_t", "b"), ("const char*", "expected")], int64_rows())
    emit("FloatRepr", [("uint64_t", "x"), ("const char*", "expected")], float_repr_rows())
    emit("DoubleToString", [("uint64_t", "x"), ("char", "code"), ("int", "precision"), ("unsigned", "flags"), ("const char*", "expected")], double_to_string_rows())
    emit("FloatFormat", [("uint64_t", "x"), ("const char*", "spec"), ("const char*", "expected")], float_format_rows())
    emit("IntFormat", [("const char*", "a"), ("const char*", "spec"), ("unsigned", "max_str_digits"), ("const char*", "expected")], int_format_rows())
    emit("StrFormat", [("const char*", "s"), ("const char*", "spec"), ("const char*", "expected")], str_format_rows())
    emit("FloatRound", [("uint64_t", "x"), ("int64_t", "ndigits"), ("const char*", "expected")], float_round_rows())
    emit("FloatRoundInt", [("uint64_t", "x"), ("const char*", "expected")], float_round_int_rows())
    emit("FloatBinary", [("const char*", "op"), ("uint64_t", "a"), ("uint64_t", "b"), ("const char*", "expected")], float_binary_rows())
    emit("FloatMisc", [("const char*", "op"), ("uint64_t", "x"), ("const char*", "expected")], float_misc_rows())
    print("}  // namespace numeric_cases")


if __name__ == "__main__":
    main()
