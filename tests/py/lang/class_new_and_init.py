# __new__ creates, __init__ initializes: singletons, immutable subclasses and init order.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("init with", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))
class Positive(int):
    def __new__(cls, n):
        return super().__new__(cls, abs(n))
print(Positive(-5), Positive(-5) + 1, type(Positive(3) + 1).__name__)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(Other())
