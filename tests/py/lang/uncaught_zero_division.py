# An uncaught ZeroDivisionError deep in calls prints a traceback; output before it is kept.
def average(values):
    return sum(values) / len(values)


def report(groups):
    for name, values in groups.items():
        print(name, average(values))


report({"a": [1, 2, 3], "b": [10], "empty": [], "never": [1]})
