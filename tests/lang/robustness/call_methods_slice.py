# Robustness: every method of slice (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__eq__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__gt__', 'm'), ('__le__', 'm'), ('__lt__', 'm'), ('__ne__', 'm'), ('__new__', 'n'), ('__reduce__', 'm'), ('__repr__', 'm'), ('indices', 'm')]
run_type(slice, 'slice', ENTRIES, lambda: slice(1, 10, 2), None, (1, 10))
