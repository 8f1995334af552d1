# Sets of strings have hash-randomized order, so they are only ever printed sorted.
fruits = {"pear", "apple", "fig", "apple"}
print(len(fruits), sorted(fruits))
fruits.add("kiwi")
fruits.discard("pear")
print(sorted(fruits), "fig" in fruits, "pear" in fruits)
letters = set("mississippi")
print(sorted(letters), len(letters))
a = {"x", "y", "z"}
b = {"y", "z", "w"}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
words = "the cat and the hat and the bat".split()
print(sorted(set(words)), sorted(sorted(set(words)), key=len))
print(sorted({w[0] for w in words}), sorted(frozenset(words))[:2])
print(sorted({"b", "a"}) == ["a", "b"], {"a", "b"} == {"b", "a"})
print("".join(sorted(set("hello world") - {" "})))
