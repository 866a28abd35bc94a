def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: slice(3))
check(lambda: slice(1, 2, 3))
check(lambda: [0, 1, 2, 3][slice(1, 3)])
check(lambda: divmod(-0.0, 1))
check(lambda: abs(-2**63))
check(lambda: round(-0.5))
check(lambda: min(3, 1, 2, key=lambda v: -v))
check(lambda: list(map(chr, range(97, 100))))
check(lambda: sum(map(ord, 'abc')))
check(lambda: sorted(zip('cba', range(3))))
check(lambda: dict(zip('ab', range(2))))
check(lambda: list(enumerate(reversed('ab'))))
