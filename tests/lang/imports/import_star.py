# from m import *, __all__, and __import__.
from _plainmod import *
print(X, f())
try:
    _hidden
except NameError as e:
    print(e)
from _allmod import *
print(a, c)
try:
    b
except NameError as e:
    print(e)
m = __import__("_pkg._helper")
print(m.__name__)
m = __import__("_pkg._helper", fromlist=["twice"])
print(m.__name__)
m = __import__("_plainmod", globals(), None, [], 0)
print(m.X)
import sys
print(sys.modules["_plainmod"] is m)
