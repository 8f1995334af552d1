# An exception raised inside an except block prints "During handling of the above exception".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"]


settings = {"mode": "fast"}
print(lookup(settings, "mode"))
print(lookup(settings, "color"))
print("not reached")
