import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)), math.fsum([1, 1e-16, 1e-16]))
t(lambda: math.fsum([1e308, 1e308]))
t(lambda: math.fsum([float('inf'), -float('inf')]))
t(lambda: math.fsum([float('inf'), 1]))
t(lambda: math.fsum(['a']))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 1), math.hypot(float('inf'), float('nan')), math.hypot(0, 0, 0), math.hypot(3, 4, 12))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [1, 2, 3]), math.dist((1,), (5,)))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf')), math.isclose(float('nan'), float('nan')))
print(math.prod([1, 2, 3], start=2), math.prod([]), math.prod([1.5, 2]), math.prod(['a', 2]), math.prod(range(1, 20)), math.prod([2**40] * 5))
t(lambda: math.prod([[1]], start=None))
print(math.copysign(1, -0.0), math.copysign(2, 3), math.copysign(float('inf'), -1), math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(-7, 4))
print(math.frexp(0.0), math.frexp(float('inf')), math.frexp(8.0), math.frexp(-0.75), math.ldexp(0.75, 4), math.modf(2.5), math.modf(-2.5), math.modf(float('inf')), math.modf(float('-inf')))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.ulp(1.0), math.ulp(float('inf')), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0))
print(math.isfinite(1.0), math.isfinite(float('inf')), math.isinf(float('-inf')), math.isnan(float('nan')), math.isnan(5))
print(math.gamma(5), math.gamma(1), math.gamma(10), math.lgamma(1), math.lgamma(2), math.gamma(0.5) == math.sqrt(math.pi))
print(math.pow(2, 10), math.pow(2, -1), math.pow(float('nan'), 0), math.pow(1, float('nan')), math.pow(float('inf'), -1), math.pow(-2, 3), math.pow(0.5, float('inf')), math.pow(2, float('-inf')))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -1), math.degrees(math.pi), math.radians(180))
