def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3, 2, 1, 'a', None, 2.0]
print(a.index(2), a.index(2, 2), a.index(2, -5), a.index(1, 1, 5), a.index(None))
t(lambda: a.index(2, 4, 6))
t(lambda: a.index(99))
t(lambda: a.index('b'))
t(lambda: a.index())
t(lambda: a.index(1, 'x'))
t(lambda: a.index(1, None))
t(lambda: a.index(1, 2, 3, 4))
print(a.count(2), a.count(1), a.count('a'), a.count(99), a.count(True))
print(a.index(2, -100, 100), a.index(2, 10**20 * -1))
nan = float('nan')
b = [nan, nan]
print(b.count(nan), b.index(nan), nan in b)
