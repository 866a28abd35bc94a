# Frame objects: sys._getframe, f_back, f_locals, f_lineno, f_code.
import sys

def current():
    return sys._getframe()

f = current()
print(f.f_code.co_name, f.f_back.f_code.co_name, type(f).__name__)

def caller_name():
    return sys._getframe(1).f_code.co_name

def outer():
    return caller_name()

print(outer())

def locals_view(a, b=2):
    c = a + b
    fr = sys._getframe()
    return sorted(fr.f_locals.items(), key=lambda kv: kv[0])[:3]

print(locals_view(1))

def lineno():
    return sys._getframe().f_lineno

print(lineno())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)

def chain():
    names = []
    fr = sys._getframe()
    while fr is not None:
        names.append(fr.f_code.co_name)
        fr = fr.f_back
    return names

def a(): return chain()
def b(): return a()
print(b())
print(sys._getframe().f_globals is globals(), sys._getframe().f_builtins is __builtins__.__dict__)

def tb_frames():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_locals.get("e") is e

print(tb_frames())

def closure_locals():
    x = 1
    def inner():
        return x
    return sorted(sys._getframe().f_locals)

print(closure_locals())
print(locals() is globals())
def loc():
    v = 3
    return locals()
print(loc())
