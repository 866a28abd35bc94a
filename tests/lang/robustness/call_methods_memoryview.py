# Robustness: every method of memoryview (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__delitem__', 'm'), ('__enter__', 'm'), ('__eq__', 'm'), ('__exit__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__getitem__', 'm'), ('__gt__', 'm'), ('__hash__', 'm'), ('__iter__', 'm'), ('__le__', 'm'), ('__len__', 'm'), ('__lt__', 'm'), ('__ne__', 'm'), ('__new__', 'n'), ('__repr__', 'm'), ('__setitem__', 'm'), ('cast', 'm'), ('hex', 'm'), ('release', 'm'), ('tobytes', 'm'), ('tolist', 'm'), ('toreadonly', 'm')]
run_type(memoryview, 'memoryview', ENTRIES, lambda: memoryview(b'abc'), None, b'abc')
