from itertools import tee, islice, count
import copy
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(range(5), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(len(tee([1])), tee([1], 0))
x, = tee('abc', 1)
print(list(x))
a, b = tee(count())
print(list(islice(a, 200))[-1], next(b))
a, b = tee('xyz')
c = a.__copy__()
print(next(a), list(c), list(b), list(a))
d = copy.copy(b)
print(list(d))
print(type(a).__name__)
a, b = tee(iter([1, 2]))
a2, b2 = tee(a)
print(a2 is not a, list(a2), list(b2), list(b))
for bad in ["tee()", "tee([], -1)", "tee([], 'a')", "tee(1)", "tee(iterable=[])", "tee([], 2, 3)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
def g():
    yield next(t[0])
t = tee(g())
try:
    next(t[0])
except RuntimeError as e:
    print('RuntimeError', e)
import weakref
a, b = tee([1, 2])
w = weakref.ref(a)
print(w() is a, list(w()))
del a
print(w())
