import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([math.factorial(n) for n in range(15)], math.factorial(50), len(str(math.factorial(1000))))
t(lambda: math.factorial(-1))
t(lambda: math.factorial(1.0))
t(lambda: math.factorial(10**30))
t(lambda: math.factorial(True))
print(math.gcd(), math.gcd(0, 0), math.gcd(12, -18, 30), math.gcd(2**100, 6**50), math.lcm(), math.lcm(4, 6, -10), math.lcm(0, 5), math.gcd(7))
t(lambda: math.gcd(1.5))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**40 + 1, 2**200]])
t(lambda: math.isqrt(-1))
t(lambda: math.isqrt(2.0))
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 11), math.comb(10**30, 3), math.comb(10**30, 10**30 - 2), math.comb(52, 5))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10), math.perm(5, None))
t(lambda: math.comb(-1, 2))
t(lambda: math.comb(5, -1))
t(lambda: math.perm(5, -1))
t(lambda: math.comb(5.0, 2))
t(lambda: math.comb(5))
