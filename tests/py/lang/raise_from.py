# raise X from Y sets __cause__ (and __suppress_context__); the original stays reachable.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e
try:
    load("abc")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
try:
    raise RuntimeError("outer") from KeyError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
