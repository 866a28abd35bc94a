# an exception in an atexit callback is reported through sys.unraisablehook
# and the remaining callbacks still run. The hook, a function of __main__,
# keeps __main__'s globals alive until sys itself is cleared, when output is
# no longer possible: "global" is never reported.
import atexit
import sys
from _shutdown_obj import Obj, hook
def report(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__name__)
sys.unraisablehook = report
keep = Obj("global")
def first():
    print("first registered runs last")
def failing():
    raise KeyError("atexit boom")
atexit.register(first)
atexit.register(failing)
atexit.register(lambda: print("last registered runs first"))
print("end of script")
