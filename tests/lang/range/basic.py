def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(range(5), range(1, 5), range(1, 10, 2), range(5, 0, -1), range(0), range(-3))
print(list(range(5)), list(range(1, 10, 3)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
print(len(range(10)), len(range(1, 10, 3)), len(range(10, 0, -3)), len(range(0, -5)))
r = range(2, 20, 3)
print(r.start, r.stop, r.step, r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], r[-2:], r[100:])
t(lambda: r[100])
t(lambda: r['a'])
t(lambda: range())
t(lambda: range(1, 2, 0))
t(lambda: range(1.5))
t(lambda: range(1, 2, 3, 4))
t(lambda: range(a=1))
t(lambda: range('a', 2))
print(bool(range(0)), bool(range(1)), range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7))
print(range(3) == [0, 1, 2], range(3) != range(4))
t(lambda: range(3) < range(4))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 2, 9)), hash(range(3)) == hash(range(0, 3, 1)))
