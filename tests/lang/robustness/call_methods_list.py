# Robustness: every method of list (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__add__', 'm'), ('__contains__', 'm'), ('__delitem__', 'm'), ('__eq__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__getitem__', 'm'), ('__gt__', 'm'), ('__iadd__', 'm'), ('__imul__', 'm'), ('__init__', 'm'), ('__iter__', 'm'), ('__le__', 'm'), ('__len__', 'm'), ('__lt__', 'm'), ('__mul__', 'm'), ('__ne__', 'm'), ('__new__', 'n'), ('__repr__', 'm'), ('__reversed__', 'm'), ('__rmul__', 'm'), ('__setitem__', 'm'), ('__sizeof__', 'm'), ('append', 'm'), ('clear', 'm'), ('copy', 'm'), ('count', 'm'), ('extend', 'm'), ('index', 'm'), ('insert', 'm'), ('pop', 'm'), ('remove', 'm'), ('reverse', 'm'), ('sort', 'm')]
run_type(list, 'list', ENTRIES, lambda: [3, 1, 2], lambda o: repr(o), (3, 1, 2))
