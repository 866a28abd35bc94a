def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 3, 9, 1, 3, -2, 0]
a.sort(); print(a)
a.sort(reverse=True); print(a)
w = ['banana', 'Apple', 'cherry', 'apple']
w.sort(); print(w)
w.sort(key=str.lower); print(w)
w.sort(key=len, reverse=True); print(w)
print(sorted([3.5, 1, 2.25, -1]))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
pairs.sort(); print(pairs)
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
t(lambda: [1, 'a', 2].sort())
t(lambda: [].sort(1))
t(lambda: [].sort(foo=1))
t(lambda: [].sort(reverse=1.5))
t(lambda: [].sort(reverse=None))
x = [3, 1]
x.sort(key=None); print(x)
big = [10**30, -10**30, 5, 10**20]
big.sort(); print(big)
print([].sort(), [1].sort())
