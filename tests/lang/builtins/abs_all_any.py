def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: abs(-5))
check(lambda: abs(-5.5))
check(lambda: abs(True))
check(lambda: abs(-0.0))
check(lambda: abs(3+4j))
check(lambda: abs(-10**30))
check(lambda: abs('a'))
check(lambda: abs())
check(lambda: abs(1, 2))
class A:
    def __abs__(self):
        return 'absolute'
check(lambda: abs(A()))
check(lambda: all([]))
check(lambda: all([1, 2, 3]))
check(lambda: all([1, 0, 3]))
check(lambda: all(x > 0 for x in range(5)))
check(lambda: any([]))
check(lambda: any([0, '', None]))
check(lambda: any([0, 'x']))
check(lambda: all(1))
check(lambda: any(1))
check(lambda: any())
def gen():
    yield 1
    yield 0
    print('not reached')
check(lambda: all(gen()))
