# Robustness: every method of float (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__abs__', 'm'), ('__add__', 'm'), ('__bool__', 'm'), ('__ceil__', 'm'), ('__divmod__', 'm'), ('__eq__', 'm'), ('__float__', 'm'), ('__floor__', 'm'), ('__floordiv__', 'm'), ('__format__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__getformat__', 'c'), ('__getnewargs__', 'm'), ('__gt__', 'm'), ('__hash__', 'm'), ('__int__', 'm'), ('__le__', 'm'), ('__lt__', 'm'), ('__mod__', 'm'), ('__mul__', 'm'), ('__ne__', 'm'), ('__neg__', 'm'), ('__new__', 'n'), ('__pos__', 'm'), ('__pow__', 'm'), ('__radd__', 'm'), ('__rdivmod__', 'm'), ('__repr__', 'm'), ('__rfloordiv__', 'm'), ('__rmod__', 'm'), ('__rmul__', 'm'), ('__round__', 'm'), ('__rpow__', 'm'), ('__rsub__', 'm'), ('__rtruediv__', 'm'), ('__sub__', 'm'), ('__truediv__', 'm'), ('__trunc__', 'm'), ('as_integer_ratio', 'm'), ('conjugate', 'm'), ('fromhex', 'c'), ('hex', 'm'), ('is_integer', 'm')]
run_type(float, 'float', ENTRIES, lambda: 1.5, None, 1)
