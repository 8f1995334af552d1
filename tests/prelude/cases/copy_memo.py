# deepcopy memo sharing across calls, and objects copied once
import copy

shared = {'cfg': [1, 2]}
items = [shared, shared, {'other': shared}]
memo = {}
c1 = copy.deepcopy(items, memo)
print(c1[0] is c1[1], c1[2]['other'] is c1[0], c1[0] is shared)
c2 = copy.deepcopy(shared, memo)
print(c2 is c1[0])
count = 0


class Tracker:
    def __deepcopy__(self, memo):
        global count
        count += 1
        new = Tracker()
        memo[id(self)] = new
        return new


t = Tracker()
copy.deepcopy([t, t, [t]])
print(count)
