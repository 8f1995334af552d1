# super() calls the next class in the MRO: in __init__, in overridden methods, and in classmethods.
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Child.__init__", y)
    def hello(self):
        return "Child+" + super().hello()
    @classmethod
    def make(cls):
        return super().make() + " via Child"
c = Child(1, 2)
print(c.x, c.y, c.hello(), Child.make())
print(super(Child, c).hello())
class GrandChild(Child):
    def hello(self):
        return "Grand+" + super().hello()
print(GrandChild(5, 6).hello())
