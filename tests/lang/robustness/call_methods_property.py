# Robustness: every method of property (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import ARGS, run_type


# CPython 3.11 over-decrefs None in property.getter(p, None) and aborts: no None here.
NO_NONE = [a for a in ARGS if None not in a]

ENTRIES = [('__delete__', 'm'), ('__get__', 'm'), ('__getattribute__', 'm'), ('__init__', 'm'), ('__new__', 'n'), ('__set__', 'm'), ('__set_name__', 'm'), ('deleter', 'm'), ('getter', 'm'), ('setter', 'm')]
run_type(property, 'property', ENTRIES, lambda: property(lambda s: 1), None, 1, NO_NONE)
