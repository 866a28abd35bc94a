# del of names, attributes, subscripts, slices and tuples of targets.
x = 1
del x
try:
    x
except NameError as e:
    print(e)

d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['b']
print(d)
lst = list(range(10))
del lst[::3]
print(lst)
del lst[0], lst[-1]
print(lst)

class O:
    pass
o = O()
o.a = o.b = 1
del o.a
print(hasattr(o, 'a'), o.b)
try:
    del o.zzz
except AttributeError as e:
    print(type(e).__name__)

def f():
    y = 2
    del y
    try:
        del y
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
[p, q] = 1, 2
del [p, q]
print('p' in globals(), 'q' in globals())
