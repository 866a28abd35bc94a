# Robustness: every method of int (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__abs__', 'm'), ('__add__', 'm'), ('__and__', 'm'), ('__bool__', 'm'), ('__ceil__', 'm'), ('__divmod__', 'm'), ('__eq__', 'm'), ('__float__', 'm'), ('__floor__', 'm'), ('__floordiv__', 'm'), ('__format__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__getnewargs__', 'm'), ('__gt__', 'm'), ('__hash__', 'm'), ('__index__', 'm'), ('__int__', 'm'), ('__invert__', 'm'), ('__le__', 'm'), ('__lshift__', 'm'), ('__lt__', 'm'), ('__mod__', 'm'), ('__mul__', 'm'), ('__ne__', 'm'), ('__neg__', 'm'), ('__new__', 'n'), ('__or__', 'm'), ('__pos__', 'm'), ('__pow__', 'm'), ('__radd__', 'm'), ('__rand__', 'm'), ('__rdivmod__', 'm'), ('__repr__', 'm'), ('__rfloordiv__', 'm'), ('__rlshift__', 'm'), ('__rmod__', 'm'), ('__rmul__', 'm'), ('__ror__', 'm'), ('__round__', 'm'), ('__rpow__', 'm'), ('__rrshift__', 'm'), ('__rshift__', 'm'), ('__rsub__', 'm'), ('__rtruediv__', 'm'), ('__rxor__', 'm'), ('__sizeof__', 'm'), ('__sub__', 'm'), ('__truediv__', 'm'), ('__trunc__', 'm'), ('__xor__', 'm'), ('as_integer_ratio', 'm'), ('bit_count', 'm'), ('bit_length', 'm'), ('conjugate', 'm'), ('from_bytes', 'c'), ('to_bytes', 'm')]
run_type(int, 'int', ENTRIES, lambda: 7, None, 's')
