# PEP 420 namespace packages spread over two sys.path entries.
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(here, "_ns1"), os.path.join(here, "_ns2")]
import nspkg
print(nspkg.__file__, type(nspkg.__path__).__name__)
print([os.path.relpath(p, here) for p in nspkg.__path__])
print(nspkg.__spec__.origin, nspkg.__spec__.has_location, nspkg.__spec__.loader is not None)
print(type(nspkg.__loader__).__name__)
import nspkg.a, nspkg.b
print(nspkg.a.A, nspkg.b.B)
from nspkg.inner import x
print(x.X, nspkg.inner.__file__)
print(os.path.relpath(nspkg.a.__file__, here), os.path.relpath(nspkg.b.__file__, here))
try:
    import nspkg.c
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(repr(nspkg)[:26])
