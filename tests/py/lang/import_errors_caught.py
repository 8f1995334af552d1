# ImportError/ModuleNotFoundError caught: messages, .name, and the fallback-import idiom.
try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import math.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from sys import no_such_name
except ImportError as e:
    print("ImportError:", e, "| name:", e.name)
try:
    import fast_json_that_does_not_exist as json_impl
except ImportError:
    json_impl = None
print("fallback used:", json_impl is None)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from . import sibling
except ImportError as e:
    print("ImportError:", e)
