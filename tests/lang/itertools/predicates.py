from itertools import dropwhile, takewhile, filterfalse, starmap
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filterfalse(bool, [0, 1, 2, 0])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: a, ['ab', [1]])))
t = takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 5]))
print(list(t), list(t))
def boom(x):
    raise ValueError('boom %d' % x)
for f in (dropwhile, takewhile, filterfalse):
    try:
        list(f(boom, [1]))
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print('TypeError', e)
for bad in ["dropwhile(None)", "takewhile(1)", "filterfalse(None)", "starmap(1)", "starmap(pow, 1)",
            "dropwhile(None, [], x=1)", "takewhile()"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
