# Robustness: every method of bool (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__and__', 'm'), ('__new__', 'n'), ('__or__', 'm'), ('__rand__', 'm'), ('__repr__', 'm'), ('__ror__', 'm'), ('__rxor__', 'm'), ('__xor__', 'm'), ('as_integer_ratio', 'm'), ('bit_count', 'm'), ('bit_length', 'm'), ('conjugate', 'm'), ('from_bytes', 'c'), ('to_bytes', 'm')]
run_type(bool, 'bool', ENTRIES, lambda: True, None, 1.5)
