# Robustness: every method of bytes (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


ENTRIES = [('__add__', 'm'), ('__bytes__', 'm'), ('__contains__', 'm'), ('__eq__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__getitem__', 'm'), ('__getnewargs__', 'm'), ('__gt__', 'm'), ('__hash__', 'm'), ('__iter__', 'm'), ('__le__', 'm'), ('__len__', 'm'), ('__lt__', 'm'), ('__mod__', 'm'), ('__mul__', 'm'), ('__ne__', 'm'), ('__new__', 'n'), ('__repr__', 'm'), ('__rmod__', 'm'), ('__rmul__', 'm'), ('__str__', 'm'), ('capitalize', 'm'), ('center', 'm'), ('count', 'm'), ('decode', 'm'), ('endswith', 'm'), ('expandtabs', 'm'), ('find', 'm'), ('fromhex', 'c'), ('hex', 'm'), ('index', 'm'), ('isalnum', 'm'), ('isalpha', 'm'), ('isascii', 'm'), ('isdigit', 'm'), ('islower', 'm'), ('isspace', 'm'), ('istitle', 'm'), ('isupper', 'm'), ('join', 'm'), ('ljust', 'm'), ('lower', 'm'), ('lstrip', 'm'), ('maketrans', 'c'), ('partition', 'm'), ('removeprefix', 'm'), ('removesuffix', 'm'), ('replace', 'm'), ('rfind', 'm'), ('rindex', 'm'), ('rjust', 'm'), ('rpartition', 'm'), ('rsplit', 'm'), ('rstrip', 'm'), ('split', 'm'), ('splitlines', 'm'), ('startswith', 'm'), ('strip', 'm'), ('swapcase', 'm'), ('title', 'm'), ('translate', 'm'), ('upper', 'm'), ('zfill', 'm')]
run_type(bytes, 'bytes', ENTRIES, lambda: b'abc', None, 'abc')
