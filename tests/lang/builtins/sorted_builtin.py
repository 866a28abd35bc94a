def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: sorted([3, 1, 2]))
check(lambda: sorted('cba'))
check(lambda: sorted([3, 1, 2], reverse=True))
check(lambda: sorted(['bb', 'a', 'ccc'], key=len))
check(lambda: sorted(['bb', 'a', 'ccc'], key=len, reverse=True))
check(lambda: sorted({'b': 1, 'a': 2}))
check(lambda: sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
check(lambda: sorted([]))
check(lambda: sorted())
check(lambda: sorted(1))
check(lambda: sorted([1], 2))
check(lambda: sorted([2, 1], x=1))
check(lambda: sorted([1, 'a']))
check(lambda: sorted([3, 1], key=None))
data = [('x', 2), ('y', 1), ('z', 2)]
check(lambda: sorted(data, key=lambda p: p[1]))
orig = [3, 2, 1]
s = sorted(orig)
print(orig, s, s is orig)
