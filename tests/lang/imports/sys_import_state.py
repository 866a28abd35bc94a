# sys.meta_path / path_hooks / path_importer_cache as the first thing a
# program touches (krait fills them lazily), and the frozen importlib modules.
import sys
class Last:
    def find_spec(self, name, path=None, target=None):
        return None
sys.meta_path.append(Last())
names = [getattr(f, "__name__", type(f).__name__) for f in sys.meta_path]
print([n for n in names if n != "DistutilsMetaFinder"])   # site's, with CPython
print([getattr(h, "__qualname__", None) for h in sys.path_hooks])
print(type(sys.path_importer_cache).__name__)
import _frozen_importlib, _frozen_importlib_external, _imp, _warnings, zipimport
print(_frozen_importlib.__name__, _frozen_importlib.__spec__)
print(_frozen_importlib_external.__spec__, _frozen_importlib_external.__spec__.loader_state.origname)
print(zipimport.__spec__.origin, _imp.__spec__.origin, _warnings.__spec__.origin)
print(_imp.is_builtin("sys"), _imp.is_builtin("_thread"), _imp.is_builtin("nonexistent"))
print(_imp.is_frozen("_frozen_importlib"), _imp.is_frozen("os") and False, _imp.find_frozen("zipimport")[1:])
print(_imp.lock_held())
_imp.acquire_lock(); _imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock(); _imp.release_lock()
try:
    _imp.release_lock()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    _imp.get_frozen_object("nope")
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    _imp.is_frozen_package("nope")
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(_imp.init_frozen("nope"), _imp.check_hash_based_pycs)
print(_imp.source_hash(key=1, source=b"abc").hex(), _imp.source_hash(3495 | (0x0a0d << 16), b"x = 1\n").hex())
class S:
    name = "nonexistent_builtin"
print(_imp.create_builtin(S()))
S.name = "sys"
print(_imp.create_builtin(S()) is sys)
code = compile("def f(): pass", "old.py", "exec")
_imp._fix_co_filename(code, "new.py")
print(code.co_filename, code.co_consts[0].co_filename)
