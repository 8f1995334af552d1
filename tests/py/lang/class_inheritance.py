# Inheritance: method overriding, attribute lookup through bases, isinstance/issubclass, __mro__.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__.lower()
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Animal.speak(self) + " (squeaky)"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return f"{self.name} ignores you"
for a in (Animal("thing"), Dog("rex"), Puppy("bit"), Cat("tom")):
    print(a.speak(), a.kind())
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), isinstance(Puppy("x"), Dog))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__, Dog.__base__, Animal.__subclasses__())
print(issubclass(Dog, (Cat, Animal)), issubclass(bool, int), issubclass(Dog, object))
