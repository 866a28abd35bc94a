def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e300, 3]:
    print(round(v), type(round(v)).__name__)
check(lambda: round(2.675, 2))
check(lambda: round(1234.5678, -2))
check(lambda: round(25, -1))
check(lambda: round(35, -1))
check(lambda: round(12345, -10))
check(lambda: round(1.5, None))
check(lambda: round(number=2.5))
check(lambda: round(2.5, ndigits=0))
check(lambda: round('a'))
check(lambda: round(1.5, 'a'))
check(lambda: round())
check(lambda: round(float('inf')))
check(lambda: round(float('nan')))
check(lambda: round(float('inf'), 2))
class R:
    def __round__(self, n=None):
        return ('round', n)
check(lambda: round(R()))
check(lambda: round(R(), 3))
