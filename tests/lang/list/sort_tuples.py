def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
t(lambda: sorted([(2.5, 1), (1.5, 2), (2.5, 0)]))
t(lambda: sorted([('b', 1), ('a', 2), ('b', 0)], reverse=True))
t(lambda: sorted([(10**30, 1), (5, 2), (-10**30, 3)]))
t(lambda: sorted([(), (1,), (0, 0), ()]))
t(lambda: sorted([(1, 2), (1, 'a')]))
t(lambda: sorted([(1, 'a'), ('b', 2)]))
t(lambda: sorted([(1,), (1, 2), (1,)]))
t(lambda: sorted([(True, 1), (0, 2), (1.5, 0)]))
t(lambda: sorted([(float('nan'), 1), (1.0, 2), (0.5, 3)])[1:])
t(lambda: sorted([([1], 2), ([0], 3)]))
t(lambda: sorted([({1}, 2), ({0}, 3)]))
t(lambda: sorted([(i % 3, -i) for i in range(10)]))
t(lambda: sorted(zip('cab', range(3))))
t(lambda: sorted({'b': 2, 'a': 1}.items()))
