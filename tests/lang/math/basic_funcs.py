import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for name in ['sqrt', 'exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fabs', 'erf', 'erfc', 'cbrt', 'exp2', 'degrees', 'radians']:
    f = getattr(math, name)
    for x in [0.0, 0.5, 1.0, 2.0, -1.0, 10.0, 1000.0, float('inf'), float('-inf')]:
        try:
            print(name, x, repr(f(x)))
        except Exception as e:
            print(name, x, type(e).__name__, e)
print(math.isnan(math.sqrt(float('nan'))))
t(lambda: math.sqrt('a'))
t(lambda: math.sqrt(4))
t(lambda: math.sqrt(True))
t(lambda: math.sqrt(10**400))
