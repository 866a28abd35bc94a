# StopIteration value, PEP 479, return values.
def ret():
    yield 1
    return "value"

it = ret()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)

def raises_stop():
    yield 1
    raise StopIteration("inner")

try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

def ret_tuple():
    return (1, 2)
    yield

try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value)

def empty():
    return
    yield

print(list(empty()))

def running():
    yield g.gi_running

g = running()
print(g.gi_running, next(g), g.gi_running)

def reentrant():
    yield next(r)

r = reentrant()
try:
    next(r)
except ValueError as e:
    print(e)
print(list(zip(ret(), "ab")))
