# Exceptions that refer to themselves through args, __context__ or attributes.
import gc
gc.disable()
gc.collect()
e = ValueError()
e.args = (e,)
del e
print(gc.collect())
e = KeyError('k')
e.me = e
del e
print(gc.collect())
a = RuntimeError('a')
b = RuntimeError('b')
a.__context__ = b
b.__context__ = a
del a, b
print(gc.collect())
