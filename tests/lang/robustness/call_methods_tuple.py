# Robustness: every method of tuple (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__add__', 'm'), ('__contains__', 'm'), ('__eq__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__getitem__', 'm'), ('__getnewargs__', 'm'), ('__gt__', 'm'), ('__hash__', 'm'), ('__iter__', 'm'), ('__le__', 'm'), ('__len__', 'm'), ('__lt__', 'm'), ('__mul__', 'm'), ('__ne__', 'm'), ('__new__', 'n'), ('__repr__', 'm'), ('__rmul__', 'm'), ('count', 'm'), ('index', 'm')]
run_type(tuple, 'tuple', ENTRIES, lambda: (3, 1, 2), None, [3, 1, 2])
