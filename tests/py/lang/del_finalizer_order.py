# __del__ runs when the last reference goes, once per object (even if resurrected), and globals are finalized at exit in definition order
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)
        print("resurrected")


first = Tracked("first")
first = Tracked("second")


def scope():
    local = Tracked("local")
    print("leaving scope")


scope()
p = Phoenix()
del p
print(len(saved))
last = Tracked("last")
print("end of program")
