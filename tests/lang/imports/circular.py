# Circular imports: partially initialised modules and CPython's messages.
import _circ2.p
print(_circ2.p.use())
try:
    import _circ2.r
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "DIR"), e.name)
import sys
print("_circ2.r" in sys.modules, "_circ2.s" in sys.modules)
import _circ2.t
print(_circ2.u.U, _circ2.t.T)
