# round() uses banker's rounding and exact binary values; ndigits may be negative.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, 2), round(123, -5))
print(round(1e20), round(-0.4), round(0.49999999999999994))
print(round(2 ** 70 + 0.0))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(float("inf"), 2), round(float("nan"), 1))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {2.675:.2f}")
