# Float format specs: f, e, g, %, fixed widths, signs, and the general-format edge cases.
x = 1234.56789
print(f"{x:f}|{x:.2f}|{x:10.1f}|{x:<10.1f}|{x:^12.3f}|{x:+.1f}")
print(f"{x:e}|{x:.3e}|{x:E}|{x:g}|{x:.3g}|{x:G}")
print(f"{0.00001234:g}|{1e16:g}|{123456789.0:g}|{1e-5:.2g}|{100000.0:g}|{1000000.0:g}")
print(f"{0.25:%}|{0.25:.1%}|{1.0:.0%}")
print(f"{x:,.2f}|{x:_.3f}|{1e6:,}|{-x:012.2f}|{x: .2f}")
print(f"{1.0}|{1.0:}|{1.0:g}|{1.5:.1f}|{0.1:.20f}")
print(f"{2.5:.0f}|{-0.0:.1f}|{1e300:.3e}|{3.0:#g}|{3.0:#.0f}")
print(format(1 / 3, ".5"), format(10.0, ".5"), format(1e20, ".5"))
print("{:.2f} {:>8.3f} {:e}".format(3.14159, 2.71828, 0.000123))
print(f"{float('inf'):10.2f}|{float('nan'):<6}|{-float('inf'):+e}")
print(str(1e16), repr(1e-5), f"{123456789012.0}")
