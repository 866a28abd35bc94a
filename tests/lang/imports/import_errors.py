# Import failures and their messages.
def t(f):
    try:
        f()
    except ImportError as e:
        print(type(e).__name__, e, e.name)

def a(): import no_such_module_xyz
def b(): import _plainmod.nope
def c(): from _plainmod import missing_name
def d(): import _pkg.nothing
def e(): from _pkg import nothing
def f(): import _pkg._sub._leaf
for fn in (a, b, c, d, e, f):
    t(fn)
try:
    import _raising_mod
except ValueError as ex:
    print("ValueError", ex)
import sys
print("_raising_mod" in sys.modules)
try:
    __import__("")
except ValueError as ex:
    print(ex)
try:
    __import__("x", level=-1)
except ValueError as ex:
    print(ex)
try:
    from . import something
except ImportError as ex:
    print(type(ex).__name__, ex)
try:
    import _circ._a
except ImportError as ex:
    print(type(ex).__name__, str(ex).split(" (")[0])
