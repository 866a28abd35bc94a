# Robustness: methods of the VM's types (function, generator, coroutine,
# cell, frame, traceback) called with junk arguments; never a crash.

from _harness import run_type


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
