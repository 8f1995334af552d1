# Searching strings: find/rfind/index/rindex/count/startswith/endswith.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.find("at", 6), s.find("at", 6, 9))
print(s.index("sat"), s.rindex("the"), s.count("at"), s.count("the", 1), s.count(""))
print(s.startswith("the"), s.startswith("cat", 4), s.endswith("mat"), s.endswith(("dog", "mat")))
print(s.startswith(("a", "t")), "".startswith(""), "abc".endswith("", 3))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abc".find(""), "abc".rfind(""))
print("a-b-c".find("-", -2), "hello"[:3].find("lo"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("x")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
