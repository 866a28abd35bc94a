def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, [])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
t(lambda: map())
t(lambda: map(len))
t(lambda: map(len, [], x=1))
t(lambda: map(len, 1))
t(lambda: list(map(len, [1])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 2])))
t(lambda: filter())
t(lambda: filter(None))
t(lambda: filter(None, [], x=1))
t(lambda: filter(None, 1))
t(lambda: filter(None, [], 3))
t(lambda: list(filter(lambda x: 1 / x, [1, 0])))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m))
f = filter(None, [1])
print(type(f).__name__, list(f), list(f))
class M(map):
    pass
print(list(M(str, [5])))
