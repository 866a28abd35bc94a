# Relative imports inside a package tree, and their errors.
import sys
import _rel.a
print(_rel.a.VAL, _rel.a.b.VALUE, _rel.a.c.C)
print(_rel.sub.PARENT_NAME)
print(_rel.sub.c.where())
print(_rel.sub.deep.d.__package__, _rel.sub.__package__, _rel.__package__)
print(sorted(k for k in sys.modules if k.startswith("_rel")))
for mod in ("_rel.sub.beyond", "_rel.sub.missing"):
    try:
        __import__(mod)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {"__name__": "toplevel"}, {}, [], 1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {"__package__": "pkg"}, {}, [], 3)
except ImportError as e:
    print(type(e).__name__, e)
print(__import__("b", {"__package__": "_rel", "__name__": "_rel.zz"}, {}, ["VALUE"], 1).VALUE)
print(__import__("sub.c", {"__package__": "_rel"}, {}, [], 1).__name__)
print(__import__("", {"__package__": "_rel.sub"}, {}, [], 1).__name__)
try:
    __import__("b", {"__package__": 5}, {}, [], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("b", [], {}, [], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("b", None, {}, [], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("b", level=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    __import__("b", {}, {}, [], -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
