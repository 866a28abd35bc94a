# an exception raised in __del__ is reported through sys.unraisablehook and
# never propagates into the code that dropped the object
import sys
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.object.__qualname__)
sys.unraisablehook = hook
class Bad:
    def __del__(self):
        raise ValueError("from __del__")
b = Bad()
print("dropping")
del b
print("still running")
def f():
    local = Bad()
    return "returned normally"
print(f())
try:
    x = Bad()
    x = None
    print("rebinding did not raise")
except ValueError:
    print("not reached")
lst = [Bad(), Bad()]
lst.clear()
print("end")
