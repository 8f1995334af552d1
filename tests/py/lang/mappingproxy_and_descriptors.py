# mappingproxy corners: reversed, unhashable, |= refused, item deletion refused, subscripting
# the type; __get__ on functions, properties, classmethods; subclassing classmethod.
class K:
    a = 1
    b = 2
p = type(K.__dict__)({"x": 1, "y": 2})
print(list(reversed(p)), type(K.__dict__)[str, int])
for op in (lambda: hash(p), lambda: p.__setitem__("x", 3), lambda: p.__delitem__("x")):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
try:
    p |= {"z": 3}
except TypeError as e:
    print("TypeError:", e)
def greet(self, who):
    return f"{self.name} greets {who}"
class Person:
    def __init__(self, name):
        self.name = name
    @property
    def upper(self):
        return self.name.upper()
    @classmethod
    def make(cls, name):
        return cls(name)
ann = Person("ann")
bound = greet.__get__(ann, Person)
print(bound("bob"), greet.__get__(None, Person) is greet)
print(Person.__dict__["upper"].__get__(ann), Person.__dict__["make"].__get__(None, Person)("cy").name)
class logged(classmethod):
    def __init__(self, f):
        super().__init__(f)
        self.label = f.__name__
class Tool:
    @logged
    def build(cls):
        return cls.__name__
print(Tool.build(), Tool.__dict__["build"].label)
try:
    greet.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
