# Triple-quoted, raw, implicitly concatenated and escaped string literals.
a = """first
second
  third"""
print(a)
print(len(a.splitlines()), repr(a[:7]))
b = '''it's "quoted"'''
print(b)
c = ("implicit "
     "concatenation "
     'works')
print(c)
print(r"raw \n stays", r"C:\path\to", len(r"\n"))
d = """\
no leading newline\
 and a joined line
"""
print(repr(d))
print("line one\
 continued")
print("\x41\101\u0041\N{LATIN CAPITAL LETTER A}", "\t|", "\\")
print(f"""multi
{1 + 1} lines""")
print(r"\x" == "\\x", len("\0"), r"\'" == "\\'")
