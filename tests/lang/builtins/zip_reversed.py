def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: list(zip()))
check(lambda: list(zip('ab', [1, 2, 3])))
check(lambda: list(zip('abc', 'de', 'f')))
check(lambda: list(zip('ab', 'cd', strict=True)))
check(lambda: list(zip([1], [1, 2], strict=True)))
check(lambda: list(zip([1, 2], [1], strict=True)))
check(lambda: list(zip([1, 2], [1], [3], strict=True)))
check(lambda: list(zip([1], [2], [3, 4], strict=True)))
check(lambda: list(zip([1, 2], [1, 2], [3], strict=True)))
check(lambda: zip(1))
check(lambda: zip([1], x=1))
check(lambda: zip([1], strict=True, x=1))
check(lambda: list(reversed([1, 2, 3])))
check(lambda: list(reversed('abc')))
check(lambda: list(reversed(range(3))))
check(lambda: list(reversed((1, 2))))
check(lambda: reversed(1))
check(lambda: reversed())
check(lambda: reversed([1], x=1))
check(lambda: reversed({1, 2}))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
check(lambda: list(reversed(Seq())))
check(lambda: type(reversed(Seq())).__name__)
class Rev:
    def __reversed__(self):
        return iter('zyx')
check(lambda: list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
check(lambda: reversed(NoRev()))
r = reversed([1, 2, 3])
check(lambda: r.__length_hint__())
next(r)
check(lambda: r.__length_hint__())
