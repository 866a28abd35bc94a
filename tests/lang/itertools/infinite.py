import itertools
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(1, 2), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(start=3, step=-1), 4)))
print(repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 0.5)))
print(repr(count(2, 1.0)), repr(count(step=2)))
c = count(3)
next(c); next(c)
print(repr(c))
big = count(2**64)
print(next(big), next(big))
print(list(islice(cycle('abc'), 8)))
print(list(islice(cycle([]), 3)))
print(list(repeat('a', 3)), list(repeat(None, 0)), list(repeat(1, -5)))
print(repr(repeat('a', 3)), repr(repeat('a')), repr(repeat([1, 2], times=2)))
r = repeat(7, 4)
next(r)
print(r.__length_hint__(), repr(r))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
import operator
print(operator.length_hint(repeat(1, 9)))
print(list(map(pow, range(5), repeat(2))))
class Sub(count):
    pass
print(repr(Sub(4)))
for bad in ["count('a')", "count(1, 'x')", "count(1, 2, 3)", "count(foo=1)", "repeat()", "repeat(1, 2, 3)",
            "repeat(1, 'a')", "cycle()", "cycle(1)", "cycle([], x=1)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print(type(count()).__name__, type(count()).__module__)
import copy
print(count(3).__reduce__(), count(1.5).__reduce__(), count(2, 3).__reduce__(), count(2**70).__reduce__())
print(repeat('x').__reduce__(), repeat('x', 2).__reduce__(), copy.copy(count(7)), copy.copy(repeat(1, 2)))
c = count(5); next(c)
print(copy.copy(c))
