# AttributeError messages for instances, classes, modules and builtins (caught, so no hints).
class Robot:
    def __init__(self):
        self.name = "r2"
    def beep(self):
        return "beep"
r = Robot()
import math
tests = [
    lambda: r.nmae,
    lambda: Robot.speed,
    lambda: r.beep.volume,
    lambda: math.tau2,
    lambda: (1).foo,
    lambda: "s".lenght,
    lambda: [].push,
    lambda: None.x,
    lambda: setattr(1, "x", 2),
    lambda: setattr(object(), "x", 1),
    lambda: delattr(r, "nope"),
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(e)
print(getattr(r, "nmae", "default"), getattr(r, "name"))
