# Classes: __init__, instance attributes, methods, class objects and their repr.
class Dog:
    species = "canis"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def describe(self):
        return f"{self.name} is {self.age}"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
print(d.describe(), d.birthday().describe(), d.species, Dog.species)
print(Dog, type(d), type(d).__name__, Dog.__name__, Dog.__qualname__, Dog.__module__)
print(isinstance(d, Dog), isinstance(d, object), type(Dog))
e = Dog("Fido", 1)
e.tricks = ["sit"]
print(e.tricks, hasattr(d, "tricks"), d.__dict__, e.__dict__)
print(Dog.describe(e), d.describe.__name__, d.describe.__self__ is d)
class Empty:
    pass
x = Empty()
x.anything = 1
print(x.anything, Empty.__bases__, Dog.__doc__)
