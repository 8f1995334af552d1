# Class attributes are shared until shadowed by an instance attribute; mutable class data is shared.
class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.own = []
a, b = Counter(), Counter()
print(Counter.count, a.count, b.count)
a.count = 100
print(a.count, b.count, Counter.count, "count" in a.__dict__)
del a.count
print(a.count)
a.shared.append("from a")
print(b.shared, Counter.shared)
a.own.append(1)
print(a.own, b.own)
Counter.new_attr = "added later"
print(b.new_attr)
class Config:
    debug = False
class Sub(Config):
    pass
Config.debug = True
print(Sub.debug)
Sub.debug = "sub"
print(Config.debug, Sub.debug)
