def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3}
a |= {4}; print(a)
a &= {1, 2, 4, 9}; print(a)
a -= {1}; print(a)
a ^= {2, 7}; print(a)
def f():
    s = {1}
    s |= [2]
t(f)
s = {1, 2, 3, 4}
s.update([5], (6,), 'x'); print(sorted(s, key=str))
s.intersection_update(range(5), [1, 2, 3, 4, 9]); print(s)
s.difference_update([1], {2}); print(s)
s.symmetric_difference_update([3, 10]); print(s)
s.symmetric_difference_update({10: 0}); print(s)
s.intersection_update(); print(s)
s.update(); print(s)
s.difference_update(s); print(s)
x = {1, 2}
x ^= x; print(x)
y = {1, 2}
y -= y; print(y)
fz = frozenset({1})
fz2 = fz
fz |= {2}
print(fz, fz2, fz is fz2)
t(lambda: fz.add(1))
c = {1, 2, 3}
c.clear(); print(c)
