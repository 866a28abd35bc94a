# Robustness: exception classes called with junk
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

run(['LookupError', 'MemoryError', 'ModuleNotFoundError', 'NameError', 'NotADirectoryError', 'NotImplementedError', 'OSError', 'OverflowError', 'PendingDeprecationWarning', 'PermissionError', 'ProcessLookupError', 'RecursionError', 'ReferenceError', 'ResourceWarning', 'RuntimeError', 'RuntimeWarning', 'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TimeoutError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError'])
