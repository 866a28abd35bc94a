def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: list(enumerate('abc')))
check(lambda: list(enumerate('abc', 1)))
check(lambda: list(enumerate('ab', -5)))
check(lambda: list(enumerate('ab', 2**64)))
check(lambda: list(enumerate(iterable='ab', start=5)))
check(lambda: enumerate())
check(lambda: enumerate(1))
check(lambda: enumerate([1], 2, 3))
check(lambda: enumerate([1], x=2))
check(lambda: enumerate([1], 'a'))
e = enumerate('xy')
check(lambda: iter(e) is e)
check(lambda: next(e))
check(lambda: type(e).__name__)
class E(enumerate):
    pass
check(lambda: list(E('ab', 3)))
check(lambda: dict(enumerate('ab')))
