# A caught exception kept in a local: exception -> traceback -> frame -> locals.
import gc
gc.disable()
gc.collect()
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return 1
f()
print(gc.collect())
def g():
    try:
        raise ValueError('x')
    except ValueError as e:
        return e
e = g()
print(type(e.__traceback__).__name__)
del e
print(gc.collect())
