# Recursive structures through objects and dicts
import copy


class Person:
    def __init__(self, name):
        self.name = name
        self.friends = []

    def __repr__(self):
        return f'Person({self.name}, friends={[f.name for f in self.friends]})'


a, b = Person('a'), Person('b')
a.friends.append(b)
b.friends.append(a)
a2 = copy.deepcopy(a)
print(a2, a2.friends[0], a2.friends[0].friends[0] is a2, a2.friends[0] is b)
d = {'self': None}
d['self'] = d
d2 = copy.deepcopy(d)
print(d2['self'] is d2, d2 is d)
t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
print(t2[0][0] is t2, t2 is t)
s = copy.copy(a)
print(s.friends is a.friends, s is a)
