def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: sum([1, 2, 3]))
check(lambda: sum([1, 2, 3], 10))
check(lambda: sum([1, 2], start=5))
check(lambda: sum([0.1] * 10))
check(lambda: sum([1, 2.5]))
check(lambda: sum([1.5, 2], 0.5))
check(lambda: sum([2**62, 2**62, 2**62]))
check(lambda: sum([-2**63, -1]))
check(lambda: sum(range(101)))
check(lambda: sum([[1], [2]], []))
check(lambda: sum([(1,), (2,)], ()))
check(lambda: sum([True, True]))
check(lambda: sum([1j, 2]))
check(lambda: sum(['a', 'b'], ''))
check(lambda: sum([b'a'], b''))
check(lambda: sum([bytearray()], bytearray()))
check(lambda: sum(['a']))
check(lambda: sum(1))
check(lambda: sum())
check(lambda: sum([1], 2, 3))
check(lambda: sum([1], start=2, x=3))
check(lambda: sum([], 7))
check(lambda: sum([1.0, float('inf'), 2]))
