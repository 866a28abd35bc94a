def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: list(filter(None, [0, 1, '', 'a', None, [], [0]])))
check(lambda: list(filter(lambda x: x % 2, range(10))))
check(lambda: list(filter(bool, [0, 2])))
check(lambda: filter(1))
check(lambda: filter(None, 1))
check(lambda: filter(None, [1], x=1))
check(lambda: list(filter(1, [1])))
check(lambda: list(map(str, [1, 2])))
check(lambda: list(map(pow, [2, 3], [3, 2, 1])))
check(lambda: list(map(lambda *a: a, 'ab', 'cd', 'ef')))
check(lambda: map())
check(lambda: map(1))
check(lambda: map(1, [1], x=1))
check(lambda: list(map(1, [1])))
check(lambda: map(len, 5))
m = map(abs, [-1])
check(lambda: iter(m) is m)
check(lambda: (next(m), next(m, 'done')))
check(lambda: type(m).__name__)
