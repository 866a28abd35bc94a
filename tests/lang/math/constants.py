import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))
print(math.__name__)
