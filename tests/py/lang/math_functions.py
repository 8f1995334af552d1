# math module basics: constants, rounding, roots, logs, trig, gcd/lcm, factorial, comb/perm.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.5) == 10 ** 20)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 30), math.sqrt(0.25))
print(math.pow(2, 10), math.exp(1) == math.e, math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.tan(math.pi / 4), 12))
print(round(math.degrees(math.pi), 9), round(math.radians(180), 9), round(math.atan2(1, 1), 12))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.hypot(3, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.fsum([0.1] * 10))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.modf(3.5), math.frexp(8.0))
