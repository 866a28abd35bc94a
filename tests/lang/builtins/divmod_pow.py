def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: divmod(7, 2))
check(lambda: divmod(-7, 2))
check(lambda: divmod(7, -2))
check(lambda: divmod(7.5, 2))
check(lambda: divmod(-7.5, 2))
check(lambda: divmod(2**70, 3))
check(lambda: divmod(1, 0))
check(lambda: divmod(1.0, 0))
check(lambda: divmod(1, 'a'))
check(lambda: divmod(1))
check(lambda: pow(2, 10))
check(lambda: pow(2, -1))
check(lambda: pow(2.0, 0.5))
check(lambda: pow(3, 4, 5))
check(lambda: pow(2, -1, 5))
check(lambda: pow(2, 3, 0))
check(lambda: pow(2.0, 3, 5))
check(lambda: pow(base=2, exp=3, mod=5))
check(lambda: pow(2, 3, mod=None))
check(lambda: pow(1))
check(lambda: pow())
check(lambda: pow(0, -1))
check(lambda: pow(-8, 1/3).real > 0)
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
check(lambda: pow(P(), 2))
check(lambda: pow(P(), 2, 7))
check(lambda: pow(2, P()))
