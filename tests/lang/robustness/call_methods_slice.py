# Robustness: every method of slice (public and dunder) called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import ARGS, NOREPR, SHOW, args_label, clean, show  # noqa: F401


def run_type(T, tname, entries, make, state=None, wrong=None):
    """entries: (name, kind); kind m = method needing self, c = class/static,
    n = __new__."""
    for name, kind in entries:
        f = getattr(T, name, None)
        if f is None:
            print(tname + "." + name, "missing")
            continue
        base = tname + "." + name
        if kind == "n":
            show(name, base + "()", f, ())
            for a in ARGS:
                show(name, base + args_label((T,) + a).replace(repr(T), tname, 1), f, (T,) + a)
            show(name, base + "(" + tname + ", bogus=1)", f, (T,), {"bogus": 1})
            continue
        if kind == "c":
            for a in ARGS:
                show(name, base + args_label(a), f, a)
            show(name, base + "(bogus=1)", f, (), {"bogus": 1})
            continue
        show(name, base + "()", f, ())
        show(name, base + "(" + repr(wrong) + ")", f, (wrong,))
        for a in ARGS:
            obj = make()
            st = None
            if state is not None:
                before = state(obj)
                st = lambda: None if state(obj) == before else clean(state(obj))
            inner = args_label(a)[1:-1]
            show(name, base + "(<" + tname + ">" + (", " + inner if inner else "") + ")", f, (obj,) + a, None, st)
        show(name, base + "(<" + tname + ">, bogus=1)", f, (make(),), {"bogus": 1})


ENTRIES = [('__eq__', 'm'), ('__ge__', 'm'), ('__getattribute__', 'm'), ('__gt__', 'm'), ('__le__', 'm'), ('__lt__', 'm'), ('__ne__', 'm'), ('__new__', 'n'), ('__reduce__', 'm'), ('__repr__', 'm'), ('indices', 'm')]
run_type(slice, 'slice', ENTRIES, lambda: slice(1, 10, 2), None, (1, 10))
