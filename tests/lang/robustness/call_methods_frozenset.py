# Robustness: every method of frozenset (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__and__', 'm'), ('__contains__', 'm'), ('__eq__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__gt__', 'm'), ('__hash__', 'm'), ('__iter__', 'm'), ('__le__', 'm'), ('__len__', 'm'), ('__lt__', 'm'), ('__ne__', 'm'), ('__new__', 'n'), ('__or__', 'm'), ('__rand__', 'm'), ('__reduce__', 'm'), ('__repr__', 'm'), ('__ror__', 'm'), ('__rsub__', 'm'), ('__rxor__', 'm'), ('__sizeof__', 'm'), ('__sub__', 'm'), ('__xor__', 'm'), ('copy', 'm'), ('difference', 'm'), ('intersection', 'm'), ('isdisjoint', 'm'), ('issubset', 'm'), ('issuperset', 'm'), ('symmetric_difference', 'm'), ('union', 'm')]
run_type(frozenset, 'frozenset', ENTRIES, lambda: frozenset({1, 2}), None, {1})
