# A user-written finder on sys.meta_path (PEP 451 find_spec / exec_module).
import sys
import importlib.abc
import importlib.util

class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.GREETING = "hello from " + module.__name__
        module.ORIGIN = module.__spec__.origin

class Finder(importlib.abc.MetaPathFinder):
    calls = []
    def find_spec(self, fullname, path, target=None):
        self.calls.append((fullname, path is None))
        if fullname.startswith("virtual"):
            return importlib.util.spec_from_loader(fullname, Loader(), origin="virtual!",
                                                   is_package=fullname == "virtual")
        return None

f = Finder()
sys.meta_path.insert(0, f)
import virtual
import virtual.child
print(virtual.GREETING, virtual.ORIGIN, virtual.__path__)
print(virtual.child.GREETING, virtual.child.__package__)
from virtual import child as c2
print(c2 is virtual.child)
print(f.calls)
try:
    import notvirtual_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(f.calls[-1])

class Blocker:
    def find_spec(self, fullname, path, target=None):
        if fullname == "blocked":
            raise ImportError("blocked by finder")
        return None
sys.meta_path.insert(0, Blocker())
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
sys.modules["halted"] = None
try:
    import halted
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.meta_path.remove(f)
