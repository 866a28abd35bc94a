# Robustness: every method of type (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


def make_class():
    class K:
        pass
    return K

ENTRIES = [('__call__', 'm'), ('__delattr__', 'm'), ('__dir__', 'm'), ('__getattribute__', 'm'), ('__init__', 'm'), ('__instancecheck__', 'm'), ('__new__', 'n'), ('__or__', 'm'), ('__prepare__', 'c'), ('__repr__', 'm'), ('__ror__', 'm'), ('__setattr__', 'm'), ('__sizeof__', 'm'), ('__subclasscheck__', 'm'), ('__subclasses__', 'm'), ('mro', 'm')]
run_type(type, 'type', ENTRIES, make_class, None, 1)
