# importlib's public API running on krait's frozen bootstrap.
import importlib, importlib.util, importlib.machinery, sys, os
m = importlib.import_module("_plainmod")
print(m.X, m is sys.modules["_plainmod"])
print(importlib.import_module("._helper", "_pkg").__name__)
print(importlib.import_module("_pkg._sub._mod").__name__)
try:
    importlib.import_module(".x")
except TypeError as e:
    print(type(e).__name__, e)
print(importlib.util.resolve_name("..b", "pkg.sub"))
try:
    importlib.util.resolve_name("...b", "pkg.sub")
except ImportError as e:
    print(type(e).__name__, e)
spec = importlib.util.find_spec("_plainmod")
print(spec.name, type(spec.loader).__name__)
print(importlib.util.find_spec("does_not_exist_zz"))
print(importlib.util.find_spec("_pkg._sub").submodule_search_locations is not None)
m.X = "changed"
r = importlib.reload(m)
print(r is m, m.X)
importlib.invalidate_caches()
print(importlib.util.cache_from_source("/a/b/c.py").replace(sys.implementation.cache_tag, "TAG"))
print(importlib.util.source_from_cache("/a/b/__pycache__/c.%s.pyc" % sys.implementation.cache_tag))
print(len(importlib.util.MAGIC_NUMBER), importlib.util.MAGIC_NUMBER[2:])
print(len(importlib.util.source_hash(b"x = 1")))
print(importlib.machinery.PathFinder.find_spec("_allmod").name)
print(importlib.__name__, importlib._bootstrap.__name__, importlib._bootstrap_external.__name__)
mod = importlib.util.module_from_spec(importlib.util.spec_from_loader("made", loader=None))
print(mod.__name__, mod.__spec__.name, mod.__loader__)
try:
    importlib.reload(sys.modules["importlib"].__class__)
except (TypeError, ImportError) as e:
    print(type(e).__name__, e)
