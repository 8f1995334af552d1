# Recursive containers print with [...] / {...} instead of recursing forever.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
nested = [[]]
nested[0].append(nested)
print(nested)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children})"
n = Node()
n.children.append(1)
print(n, [n])
