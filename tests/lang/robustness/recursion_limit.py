# Robustness: sys.setrecursionlimit / getrecursionlimit edge cases.
import sys

orig = sys.getrecursionlimit()
print(orig)
for bad in (0, -1, -(2 ** 70)):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(bad, type(e).__name__ + ":", e)
for bad in ("x", 1.5, None, [], 2 ** 100):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__ + ":", e)
for args in ((), (1, 2)):
    try:
        sys.setrecursionlimit(*args)
    except Exception as e:
        print(args, type(e).__name__ + ":", e)
try:
    sys.setrecursionlimit(n=5)
except Exception as e:
    print("kw", type(e).__name__ + ":", e)
print(sys.getrecursionlimit() == orig)
try:
    sys.getrecursionlimit(1)
except Exception as e:
    print("get(1)", type(e).__name__ + ":", e)


def f(n):
    return f(n + 1)


# a lower limit takes effect at once
sys.setrecursionlimit(100)
try:
    f(0)
except RecursionError as e:
    print("at 100:", e)


# setting a limit below the current depth
def at_depth(n, limit):
    if n:
        return at_depth(n - 1, limit)
    try:
        sys.setrecursionlimit(limit)
    except RecursionError as e:
        return "RecursionError: " + str(e).split(":")[0]
    return "ok"


sys.setrecursionlimit(1000)
print(at_depth(60, 30))
print(sys.getrecursionlimit())
print(at_depth(10, 60))
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)

# a high limit with deep (but not too deep) recursion works
sys.setrecursionlimit(20000)


def g(n):
    return 0 if n == 0 else 1 + g(n - 1)


print(g(15000))
try:
    f(0)
except RecursionError as e:
    print("at 20000:", e)
sys.setrecursionlimit(orig)
print(sys.getrecursionlimit() == orig)
