# Robustness: the functions of sys called with junk arguments (not the hooks
# that would change how the rest of the run behaves).

import sys

from _harness import ARGS, NOREPR, args_label, show

# results that differ between runs or interpreters: only their type is shown
NOREPR.update({"getrefcount", "getsizeof", "getallocatedblocks"})


def run(names, arglists=ARGS):
    for name in names:
        f = getattr(sys, name, None)
        if f is None:
            print(name, "missing")
            continue
        for a in arglists:
            show(name, name + args_label(a), f, a)
        show(name, name + "(bogus=1)", f, (), {"bogus": 1})
        show(name, name + "(1, bogus=1)", f, (1,), {"bogus": 1})

run(['__displayhook__', '_clear_type_cache', '_getframe', 'audit', 'call_tracing', 'displayhook', 'exc_info', 'exception', 'exit', 'get_int_max_str_digits', 'getallocatedblocks', 'getdefaultencoding', 'getfilesystemencodeerrors', 'getfilesystemencoding', 'getprofile', 'getrecursionlimit', 'getrefcount', 'getsizeof', 'getswitchinterval', 'gettrace', 'intern', 'is_finalizing', 'set_int_max_str_digits', 'setrecursionlimit', 'setswitchinterval'])
sys.setswitchinterval(0.005)
print(sys.getrecursionlimit(), sys.get_int_max_str_digits())
