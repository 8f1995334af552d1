# itemgetter, attrgetter, methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(itemgetter(1)('ABCDEFG'), itemgetter(1, 3, 5)('ABCDEFG'), itemgetter(slice(2, None))('ABCDEFG'))
print(itemgetter('rank')({'rank': 3}), itemgetter(0, 0)([7]))
print(itemgetter(1), itemgetter(1, 'a'), itemgetter(slice(None)))
data = [('apple', 3, 0.5), ('pear', 1, 0.75), ('fig', 2, 0.25)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(2, 0)))
print(list(map(itemgetter(0), data)), max(data, key=itemgetter(2)))
show(lambda: itemgetter(5)([1]))
show(lambda: itemgetter('k')({}))
show(lambda: itemgetter())
show(lambda: attrgetter())
show(lambda: methodcaller())
print(methodcaller('format', name=1))


class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last


class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def greet(self, greeting='hi', punct='!'):
        return f'{greeting} {self.name.first}{punct}'


people = [Person(Name('ann', 'lee'), 30), Person(Name('bob', 'ray'), 25)]
print([p.age for p in sorted(people, key=attrgetter('age'))])
print(attrgetter('name.first')(people[0]), attrgetter('age', 'name.last')(people[1]))
print(attrgetter('age'), attrgetter('name.first', 'age'))
show(lambda: attrgetter('missing')(people[0]))
show(lambda: attrgetter('name.missing')(people[0]))
show(lambda: attrgetter(5))
print(methodcaller('greet')(people[0]), methodcaller('greet', 'hello', punct='?')(people[1]))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('count', 'a')('banana'))
print(methodcaller('greet'), methodcaller('greet', 'yo', punct='.'), methodcaller('x', 1, 2))
show(lambda: methodcaller(5))
show(lambda: methodcaller('nope')(1))
print(list(map(methodcaller('strip'), [' a ', 'b '])))
inventory = {'apple': 3, 'banana': 1, 'cherry': 2}
print(sorted(inventory.items(), key=itemgetter(1), reverse=True))
