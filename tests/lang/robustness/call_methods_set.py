# Robustness: every method of set (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__and__', 'm'), ('__contains__', 'm'), ('__eq__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__gt__', 'm'), ('__iand__', 'm'), ('__init__', 'm'), ('__ior__', 'm'), ('__isub__', 'm'), ('__iter__', 'm'), ('__ixor__', 'm'), ('__le__', 'm'), ('__len__', 'm'), ('__lt__', 'm'), ('__ne__', 'm'), ('__new__', 'n'), ('__or__', 'm'), ('__rand__', 'm'), ('__reduce__', 'm'), ('__repr__', 'm'), ('__ror__', 'm'), ('__rsub__', 'm'), ('__rxor__', 'm'), ('__sizeof__', 'm'), ('__sub__', 'm'), ('__xor__', 'm'), ('add', 'm'), ('clear', 'm'), ('copy', 'm'), ('difference', 'm'), ('difference_update', 'm'), ('discard', 'm'), ('intersection', 'm'), ('intersection_update', 'm'), ('isdisjoint', 'm'), ('issubset', 'm'), ('issuperset', 'm'), ('pop', 'm'), ('remove', 'm'), ('symmetric_difference', 'm'), ('symmetric_difference_update', 'm'), ('union', 'm'), ('update', 'm')]
# set states are printed sorted: hash(None) (so set order) varies between runs
run_type(set, 'set', ENTRIES, lambda: {1, 2}, lambda o: repr(sorted(o, key=repr)), frozenset({1}))
