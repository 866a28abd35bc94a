# Robustness: every method of ValueError (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__init__', 'm'), ('__new__', 'n'), ('add_note', 'm'), ('with_traceback', 'm')]
run_type(ValueError, 'ValueError', ENTRIES, lambda: ValueError('v'), None, 1)
