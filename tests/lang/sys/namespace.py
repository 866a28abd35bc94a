import types
n = types.SimpleNamespace(a=1, b='x')
print(n, repr(types.SimpleNamespace()))
n.c = n
print(n)
n.d = 4
del n.a
print(n, vars(n))
class S(types.SimpleNamespace):
    pass
print(S(x=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2))
print(types.SimpleNamespace(a=1) == 1)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('TypeError', e)
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
