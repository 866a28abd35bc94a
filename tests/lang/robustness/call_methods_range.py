# Robustness: every method of range (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__bool__', 'm'), ('__contains__', 'm'), ('__eq__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__getitem__', 'm'), ('__gt__', 'm'), ('__hash__', 'm'), ('__iter__', 'm'), ('__le__', 'm'), ('__len__', 'm'), ('__lt__', 'm'), ('__ne__', 'm'), ('__new__', 'n'), ('__reduce__', 'm'), ('__repr__', 'm'), ('__reversed__', 'm'), ('count', 'm'), ('index', 'm')]
run_type(range, 'range', ENTRIES, lambda: range(1, 10, 2), None, [1])
