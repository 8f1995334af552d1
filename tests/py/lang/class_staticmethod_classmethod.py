# staticmethod and classmethod: calling through the class and instances, and with subclasses.
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["tomato", "mozzarella"])
    @classmethod
    def kind(cls):
        return cls.__name__
    @staticmethod
    def slices(diameter):
        return diameter // 5
    def __repr__(self):
        return f"{type(self).__name__}({self.toppings})"
class Calzone(Pizza):
    pass
print(Pizza.margherita(), Calzone.margherita(), Pizza.count)
print(Pizza.kind(), Calzone.kind(), Calzone([]).kind())
print(Pizza.slices(30), Pizza([]).slices(12))
print(type(Pizza.__dict__["slices"]).__name__, type(Pizza.__dict__["kind"]).__name__)
print(Pizza.kind.__self__ is Pizza, callable(Pizza.slices))
sm = staticmethod(lambda: "wrapped")
class Holder:
    f = sm
print(Holder.f(), Holder().f())
