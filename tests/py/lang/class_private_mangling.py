# Double-underscore names are mangled to _Class__name; single underscore is only convention.
class Account:
    def __init__(self):
        self.__secret = "hidden"
        self._internal = "convention"
    def reveal(self):
        return self.__secret
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
a = Account()
print(a.reveal(), a._internal, a.call_private())
try:
    a.__secret
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__secret, sorted(k for k in vars(a)))
class Child(Account):
    def __init__(self):
        super().__init__()
        self.__secret = "child secret"
c = Child()
print(c.reveal(), c._Child__secret, sorted(vars(c)))
class Dunder:
    def __special__(self):
        return "not mangled"
print(Dunder().__special__())
