# NameError for undefined names, caught; the message quotes the name.
def use_undefined():
    return undefined_thing + 1
try:
    use_undefined()
except NameError as e:
    print("NameError:", e)
    print(e.args, type(e).__mro__[1].__name__)
try:
    print(not_defined_anywhere)
except NameError as e:
    print("NameError:", e)
try:
    del never_bound
except NameError as e:
    print("NameError:", e)
print("still running")
