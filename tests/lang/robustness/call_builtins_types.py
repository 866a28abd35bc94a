# Robustness: built-in classes called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import ARGS, NOREPR, SHOW, args_label, clean, show  # noqa: F401

import builtins


def run(names, arglists=ARGS):
    for name in names:
        f = getattr(builtins, name, None)
        if f is None:
            print(name, "missing")
            continue
        for a in arglists:
            show(name, name + args_label(a), f, a)
        show(name, name + "(bogus=1)", f, (), {"bogus": 1})
        show(name, name + "(1, bogus=1)", f, (1,), {"bogus": 1})

run(['bool', 'bytearray', 'bytes', 'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'int', 'list', 'map', 'memoryview', 'object', 'property', 'range', 'reversed', 'set', 'slice', 'staticmethod', 'str', 'super', 'tuple', 'type', 'zip'])
