import time
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for ts in [0, 1, -1, -1.5, 86399.9, 951782400, 1709211909, 2**31, 4102444800, 1e10, -86400 * 365]:
    t(time.gmtime, ts)
g = time.gmtime(1709211909)
print(g.tm_zone, g.tm_gmtoff, g.tm_year, g[0], g[-1], g[:3], len(g), list(g))
print(tuple(g))
t(time.gmtime, 1e20)
t(time.gmtime, 2**63)
t(time.gmtime, -2**63 - 1)
t(time.gmtime, "x")
t(time.gmtime, float("nan"))
t(time.gmtime, float("inf"))
t(time.gmtime, 1, 2)
print(type(time.gmtime()).__name__, type(time.gmtime(None)).__name__, time.gmtime(None).tm_year >= 2024)
class I:
    def __index__(self):
        return 86400
t(time.gmtime, I())
