# Accessing a missing module attribute: AttributeError, with 3.11's hint when uncaught.
import math

try:
    math.squareroot(4)
except AttributeError as e:
    print("AttributeError:", e)

print(getattr(math, "tau"), hasattr(math, "taus"))
print(math.pie)
