# All parameter kinds binding correctly.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw

print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(10, c=30, d=40, e=50))
print(f(*[1, 2, 3], **{"d": 4, "x": 9}))

def g(*args, **kwargs):
    return args, kwargs

print(g())
print(g(1, 2, a=3))
print(g(*range(3), *"ab", **{"k": 1}, **{"j": 2}))

def defaults(x=[]):
    x.append(1)
    return len(x)

print(defaults(), defaults(), defaults([]))

def kwonly_defaults(*, a=1, b=2):
    return a, b

print(kwonly_defaults(b=5))
print(kwonly_defaults.__kwdefaults__)
print(f.__defaults__)

def posonly(a, b, /):
    return a + b

print(posonly(1, 2))

def kw_named_like_posonly(a, /, **kw):
    return a, kw

print(kw_named_like_posonly(1, a=2))
print((lambda *a, **k: (a, k))(1, x=2))
