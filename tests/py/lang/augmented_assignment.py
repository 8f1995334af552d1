# Augmented assignment on numbers, strings, lists (in place) and tuples (rebinding).
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
f = 1.5
f /= 2; f -= 0.25
print(f)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
b = 0b1010
b |= 1; b &= 0b1110; b ^= 0b100; b <<= 2; b >>= 1
print(b)
d = {"k": 1}
d["k"] += 10
d.setdefault("m", [])
d["m"] += "xy"
print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
m = [[1], [2]]
m[1][0] += 40
print(m)
