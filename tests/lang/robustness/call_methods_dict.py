# Robustness: every method of dict (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__contains__', 'm'), ('__delitem__', 'm'), ('__eq__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__getitem__', 'm'), ('__gt__', 'm'), ('__init__', 'm'), ('__ior__', 'm'), ('__iter__', 'm'), ('__le__', 'm'), ('__len__', 'm'), ('__lt__', 'm'), ('__ne__', 'm'), ('__new__', 'n'), ('__or__', 'm'), ('__repr__', 'm'), ('__reversed__', 'm'), ('__ror__', 'm'), ('__setitem__', 'm'), ('__sizeof__', 'm'), ('clear', 'm'), ('copy', 'm'), ('fromkeys', 'c'), ('get', 'm'), ('items', 'm'), ('keys', 'm'), ('pop', 'm'), ('popitem', 'm'), ('setdefault', 'm'), ('update', 'm'), ('values', 'm')]
run_type(dict, 'dict', ENTRIES, lambda: {'a': 1, 2: 'b'}, lambda o: repr(o), [('a', 1)])
