# Importing source modules and packages found next to the script.
import sys
import _plainmod
print(_plainmod.X, _plainmod.f(), _plainmod.__doc__, _plainmod.__name__)
import _plainmod as pm
print(pm is _plainmod, "_plainmod" in sys.modules)
from _plainmod import X, f as g
print(X, g())
import _pkg
print(_pkg.value, _pkg.twice(4), _pkg._helper.twice(5))
import _pkg._sub._mod
print(_pkg._sub._mod.go(), _pkg._sub.parent_value)
from _pkg._sub import _mod
print(_mod.go())
from _pkg import _helper, _sub
print(_helper.__name__, _sub.__name__)
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
import _pkg._helper as h
print(h.twice("ab"))
print(type(_pkg.__path__).__name__, _pkg.__package__, _plainmod.__package__)
print(_plainmod.__file__.endswith("_plainmod.py"), _pkg.__file__.endswith("__init__.py"))
