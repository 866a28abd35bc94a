# Robustness: every method of BaseException (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__delattr__', 'm'), ('__getattribute__', 'm'), ('__init__', 'm'), ('__new__', 'n'), ('__reduce__', 'm'), ('__repr__', 'm'), ('__setattr__', 'm'), ('__setstate__', 'm'), ('__str__', 'm'), ('add_note', 'm'), ('with_traceback', 'm')]
run_type(BaseException, 'BaseException', ENTRIES, lambda: BaseException('a', 1), None, 1)
