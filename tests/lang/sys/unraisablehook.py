import sys
class D:
    def __del__(self):
        raise ValueError('in del')
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object.__qualname__,
                 type(u).__name__, type(u.exc_traceback).__name__))
sys.unraisablehook = hook
d = D()
del d
print(seen)
print(sys.__unraisablehook__ is not hook, callable(sys.__unraisablehook__))
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print('TypeError', e)
def gen():
    try:
        yield 1
    finally:
        raise KeyError('from finally')
g = gen()
next(g)
del g
print(seen[-1][:2])
print('end')
