# Module attributes set by the import system (__spec__, __loader__ ...).
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
def rel(p):
    return None if p is None else os.path.relpath(p, here).replace(sys.implementation.cache_tag, "TAG")
import _pkg, _pkg._sub._mod, _plainmod
for m in (_plainmod, _pkg, _pkg._sub, _pkg._sub._mod):
    s = m.__spec__
    print(m.__name__, s.name, rel(s.origin), s.parent, s.has_location, rel(s.cached))
    print("  ", [rel(p) for p in s.submodule_search_locations] if s.submodule_search_locations is not None else None,
          type(s.loader).__name__, s.loader is m.__loader__, m.__package__, rel(m.__cached__), rel(m.__file__))
    print("  ", "__builtins__" in vars(m), m.__spec__.loader_state, type(m.__spec__).__name__)
print(_plainmod.__loader__.name, rel(_plainmod.__loader__.path), _plainmod.__loader__.is_package("_plainmod"))
print(_pkg.__loader__.is_package("_pkg"))
print(_plainmod.__loader__.get_source("_plainmod").splitlines()[0])
import math, _thread
print(math.__spec__, math.__loader__, math.__spec__.origin, math.__package__)
print(_thread.__spec__.has_location, hasattr(math, "__file__"))
print(sys.__spec__, sys.__loader__)
print(__spec__, __package__, __name__)
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names, "_imp" in sys.builtin_module_names)
print(sys.implementation.cache_tag is not None)
print([f.__name__ for f in sys.meta_path if isinstance(f, type) and f.__module__.startswith("_frozen_importlib")])
print(sys.path_importer_cache.get(here) is not None, type(sys.path_importer_cache.get(here)).__name__)
import importlib.machinery as im
print(im.SOURCE_SUFFIXES, im.BYTECODE_SUFFIXES, im.EXTENSION_SUFFIXES == [] or im.EXTENSION_SUFFIXES[0].startswith("."))
