import math
seed = 31
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed % n
def rf():
    k = rnd(5)
    if k == 0: return (rnd(2**40) / 2**40 - 0.5) * 4
    if k == 1: return (rnd(2**40) / 2**40 - 0.5) * 2000
    if k == 2: return float.fromhex('%s0x1.%013xp%d' % ('-' if rnd(2) else '', rnd(2**52), rnd(200) - 100))
    if k == 3: return [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan, 0.5, 2.0, 1e-300, 1e300][rnd(11)]
    return float(rnd(41) - 20) / 2
names1 = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'log', 'log10', 'log1p', 'log2', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'gamma', 'lgamma', 'degrees', 'radians', 'ulp', 'frexp', 'modf', 'floor', 'ceil', 'trunc', 'isfinite']
names2 = ['atan2', 'pow', 'fmod', 'remainder', 'copysign', 'hypot', 'nextafter', 'isclose', 'dist2', 'log', 'ldexp']
out = []
for i in range(4000):
    if rnd(2):
        n = names1[rnd(len(names1))]; x = rf()
        try: r = getattr(math, n)(x)
        except Exception as e: r = type(e).__name__ + str(e)
        out.append('%s(%r) = %r' % (n, x, r))
    else:
        n = names2[rnd(len(names2))]; x = rf(); y = rf()
        try:
            if n == 'dist2': r = math.dist((x, y), (y, x * 0.5))
            elif n == 'ldexp': r = math.ldexp(x, int(y) if y == y and abs(y) < 1e18 else 3)
            else: r = getattr(math, n)(x, y)
        except Exception as e: r = type(e).__name__ + str(e)
        out.append('%s(%r, %r) = %r' % (n, x, y, r))
print('\n'.join(out))
