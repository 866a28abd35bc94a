# Robustness: every method of complex (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__abs__', 'm'), ('__add__', 'm'), ('__bool__', 'm'), ('__complex__', 'm'), ('__eq__', 'm'), ('__format__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__getnewargs__', 'm'), ('__gt__', 'm'), ('__hash__', 'm'), ('__le__', 'm'), ('__lt__', 'm'), ('__mul__', 'm'), ('__ne__', 'm'), ('__neg__', 'm'), ('__new__', 'n'), ('__pos__', 'm'), ('__pow__', 'm'), ('__radd__', 'm'), ('__repr__', 'm'), ('__rmul__', 'm'), ('__rpow__', 'm'), ('__rsub__', 'm'), ('__rtruediv__', 'm'), ('__sub__', 'm'), ('__truediv__', 'm'), ('conjugate', 'm')]
run_type(complex, 'complex', ENTRIES, lambda: 1+2j, None, 1)
