# Robustness: methods of the VM's types (function, generator, coroutine,
# cell, frame, traceback) called with junk arguments; never a crash.

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

import sys

def sample(a, b=1):
    return a

def gen():
    yield 1

async def coro():
    return 1

def fresh_coro():
    c = coro()
    made.append(c)
    return c

made = []

def cell_obj():
    x = 1
    def inner():
        return x
    return inner.__closure__[0]

def tb_obj():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__

FT = type(sample)
GT = type(gen())
CT = type(cell_obj())
TT = type(tb_obj())
FRT = type(sys._getframe())

run_type(FT, 'function', [('__call__', 'm'), ('__get__', 'm'), ('__repr__', 'm')], lambda: sample, None, 1.5)
run_type(GT, 'generator', [('send', 'm'), ('throw', 'm'), ('close', 'm'), ('__next__', 'm'), ('__iter__', 'm')], gen, None, 1.5)
co = fresh_coro()
CoT = type(co)
run_type(CoT, 'coroutine', [('send', 'm'), ('throw', 'm'), ('close', 'm'), ('__await__', 'm')], fresh_coro, None, 1.5)
run_type(CT, 'cell', [('__new__', 'n'), ('__eq__', 'm'), ('__lt__', 'm'), ('__repr__', 'm')], cell_obj, None, 1.5)
run_type(TT, 'traceback', [('__new__', 'n')], tb_obj, None, 1.5)
run_type(FRT, 'frame', [('clear', 'm')], lambda: sys._getframe(), None, 1.5)
for c in made:
    c.close()
print("done")
