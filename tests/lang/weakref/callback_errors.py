# an exception in a callback is reported through sys.unraisablehook and the
# other callbacks still run
import sys
import weakref
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, type(u.object).__name__, u.err_msg)
sys.unraisablehook = hook
class C:
    pass
o = C()
def bad(r):
    raise ValueError("from callback")
def good(r):
    print("good callback ran")
r1 = weakref.ref(o, good)
r2 = weakref.ref(o, bad)
del o
print("after del")
o = C()
f = weakref.finalize(o, bad, None)
del o
print("finalize done", f.alive)
