def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
it = iter([1, 2, 3]); next(it)
t(lambda: it.__reduce__())
it.__setstate__(2); t(lambda: list(it)); t(lambda: it.__reduce__())
r = reversed([1, 2, 3]); next(r)
t(lambda: r.__reduce__())
t(lambda: iter((1, 2)).__reduce__())
ri = iter(range(10)); next(ri); next(ri)
t(lambda: ri.__reduce__())
ri.__setstate__(3); t(lambda: list(ri))
t(lambda: iter({1: 2, 3: 4}).__reduce__())
t(lambda: iter({1: 2, 3: 4}.items()).__reduce__())
t(lambda: iter({5, 6}).__reduce__())
e = enumerate('abc', 5); next(e)
t(lambda: e.__reduce__()[1][1])
z = zip('ab', 'cd', strict=True)
t(lambda: (z.__reduce__()[0], len(z.__reduce__()[1]), z.__reduce__()[2:]))
t(lambda: map(str, [1]).__reduce__()[1][0])
t(lambda: filter(None, [1]).__reduce__()[1][0])
class S:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
t(lambda: iter(lambda: 1, 1).__reduce__()[1][1])
t(lambda: type(iter(memoryview(b'ab'))).__name__)
t(lambda: list(iter(memoryview(b'ab'))))
it = iter([1, 2, 3])
t(lambda: it.__setstate__('a'))
ri = iter(range(5))
t(lambda: ri.__setstate__('a'))
ri.__setstate__(10); t(lambda: list(ri))
big = iter(range(10**20, 10**20 + 5))
next(big)
t(lambda: big.__reduce__())
big.__setstate__(2); t(lambda: list(big))
