# Modules written while the program runs: FileFinder's cache,
# importlib.invalidate_caches(), reload() of a changed source, deleted modules.
import importlib, os, sys, tempfile
d = tempfile.mkdtemp()
sys.path.insert(0, d)
def write(name, text):
    with open(os.path.join(d, name), "w") as f:
        f.write(text)
write("dyn_a.py", "V = 1\n")
import dyn_a
print(dyn_a.V, os.path.basename(dyn_a.__file__), dyn_a.__cached__ is not None)
write("dyn_b.py", "V = 'b'\n")
importlib.invalidate_caches()
import dyn_b
print(dyn_b.V)
write("dyn_a.py", "V = 'changed, longer'\n")
importlib.reload(dyn_a)
print(dyn_a.V)
os.mkdir(os.path.join(d, "dyn_pkg"))
write("dyn_pkg/__init__.py", "from .inner import W\n")
write("dyn_pkg/inner.py", "W = 'inner'\n")
importlib.invalidate_caches()
import dyn_pkg
print(dyn_pkg.W, [os.path.basename(p) for p in dyn_pkg.__path__])
os.remove(os.path.join(d, "dyn_b.py"))
del sys.modules["dyn_b"]
importlib.invalidate_caches()
try:
    import dyn_b
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(type(sys.path_importer_cache[d]).__name__)
print(sorted(os.listdir(d)))
import shutil
shutil.rmtree(d)
sys.path.remove(d)
for key in [k for k in sys.path_importer_cache if k.startswith(d)]:
    del sys.path_importer_cache[key]
for name in ("dyn_a", "dyn_pkg", "dyn_pkg.inner"):
    del sys.modules[name]
