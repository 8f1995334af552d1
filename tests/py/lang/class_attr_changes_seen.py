# Changing a class after its attributes were looked up is seen at once: methods replaced or
# deleted on the class or a base, class attributes reassigned, a new class with the same name.
class Base:
    kind = "base"

    def hello(self):
        return "base hello"

class Child(Base):
    pass

c = Child()
print(c.hello(), c.kind, Child.kind)
Base.hello = lambda self: "patched hello"
Base.kind = "patched"
print(c.hello(), c.kind, Child.kind)
Child.hello = lambda self: "child hello"
print(c.hello())
del Child.hello
print(c.hello())
del Base.hello
try:
    c.hello()
except AttributeError as e:
    print("AttributeError:", e)
Base.__dict__  # reading the namespace changes nothing
setattr(Child, "kind", "own")
print(c.kind, Base.kind)
for i in range(3):
    class Temp:
        value = i
    print(Temp().value, Temp.value)
class Counter:
    count = 0
    def bump(self):
        type(self).count += 1
        return self.count
k = Counter()
print([k.bump() for _ in range(4)], Counter.count)
