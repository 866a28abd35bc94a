def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: max(1, 2, 3))
check(lambda: min(1, 2, 3))
check(lambda: max([4, 9, 2]))
check(lambda: min('hello'))
check(lambda: max([], default=None))
check(lambda: max([]))
check(lambda: min([]))
check(lambda: min((), default=0, key=len))
check(lambda: max(1, 2, default=3))
check(lambda: max(['a', 'bbb', 'cc'], key=len))
check(lambda: min(['a', 'bbb', 'cc'], key=len))
check(lambda: max(1, 2, key=None))
check(lambda: max([1], key=1, x=2))
check(lambda: max())
check(lambda: max(1))
check(lambda: max(1, 'a'))
check(lambda: max([(1, 'b'), (1, 'a')]))
check(lambda: max([3, 1, 3], key=lambda x: 0))
check(lambda: min([3, 1, 3], key=lambda x: 0))
check(lambda: max(x * x for x in range(-5, 3)))
