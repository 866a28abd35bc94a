# Robustness: every method of object (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__delattr__', 'm'), ('__dir__', 'm'), ('__eq__', 'm'), ('__format__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__getstate__', 'm'), ('__gt__', 'm'), ('__hash__', 'm'), ('__init__', 'm'), ('__le__', 'm'), ('__lt__', 'm'), ('__ne__', 'm'), ('__new__', 'n'), ('__reduce__', 'm'), ('__reduce_ex__', 'm'), ('__repr__', 'm'), ('__setattr__', 'm'), ('__sizeof__', 'm'), ('__str__', 'm')]
run_type(object, 'object', ENTRIES, lambda: object(), None, None)
