# Importing a module that does not exist raises an uncaught ModuleNotFoundError (exit 1).
import math

print("math imported fine:", math.floor(2.5))


def load_plugin():
    import asyncplay_no_such_plugin
    return asyncplay_no_such_plugin


load_plugin()
print("not reached")
