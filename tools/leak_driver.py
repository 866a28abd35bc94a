# leak_driver.py — runs ONE test script several times inside the interpreter
# that runs this file (a debug krait), like CPython's `regrtest -R`, and
# prints the totals after each run. tools/run_lang_tests.py --leaks uses it.
#
# usage: krait tools/leak_driver.py WARMUP RUNS path/to/test.py
#
# Each run compiles and executes the script in a fresh __main__
# module with sys.stdout/sys.stderr silenced, then clears that module's
# namespace, runs gc.collect() when the gc module exists, and writes one line
#     run I REFS BLOCKS STATUS
# to file descriptor 1: REFS = sys.gettotalrefcount() (debug builds only, else
# -1), BLOCKS = sys.getallocatedblocks(), STATUS = "ok" or the name of the
# exception that escaped the script. The last line is "done". The caller
# compares the totals of the last RUNS runs; the WARMUP runs fill caches
# (interned names, imported modules, free lists) and are not judged.
#
# Nothing measured is kept in a container: the numbers go straight to the
# file descriptor, so the driver's own bookkeeping does not change the totals.
import sys

try:
    import gc
except ImportError:
    gc = None
try:
    import posix as _os
except ImportError:
    _os = None


def emit(text):
    if _os is not None:
        _os.write(1, text.encode())
    else:
        sys.__stdout__.write(text)
        sys.__stdout__.flush()


class Sink:
    """A file that drops what is written to it."""

    def write(self, s):
        return len(s)

    def writelines(self, lines):
        pass

    def flush(self):
        pass

    def isatty(self):
        return False


def read_file(path):
    if _os is None:
        with open(path, "rb") as f:
            return f.read()
    # posix rather than open(): works before the io module is complete
    fd = _os.open(path, _os.O_RDONLY)
    try:
        chunks = []
        while True:
            b = _os.read(fd, 1 << 16)
            if not b:
                return b"".join(chunks)
            chunks.append(b)
    finally:
        _os.close(fd)


def clear_caches():
    """Empties the caches a run may fill legitimately (as CPython's
    regrtest -R does), so that their growth is not taken for a leak."""
    mods = sys.modules
    for name, func in (("re", "purge"), ("struct", "_clearcache"), ("linecache", "clearcache")):
        m = mods.get(name)
        if m is not None and hasattr(m, func):
            getattr(m, func)()
    typing = mods.get("typing")
    if typing is not None:
        for f in getattr(typing, "_cleanups", ()):
            f()
    abc = mods.get("abc")
    cabc = mods.get("collections.abc") or mods.get("_collections_abc")
    if abc is not None and cabc is not None and hasattr(abc, "_get_dump"):
        for obj in list(vars(cabc).values()):
            if isinstance(obj, abc.ABCMeta):
                obj._abc_caches_clear()
    if hasattr(sys, "_clear_type_cache"):
        sys._clear_type_cache()


def collect():
    clear_caches()
    if gc is not None:
        gc.collect()
        gc.collect()


def main():
    if len(sys.argv) != 4:
        emit("usage: leak_driver.py WARMUP RUNS TEST.py\n")
        return 2
    warmup = int(sys.argv[1])
    runs = int(sys.argv[2])
    path = sys.argv[3]
    totalrefs = getattr(sys, "gettotalrefcount", None)
    blocks = sys.getallocatedblocks
    source = read_file(path)
    # the script's helper modules (tests/lang/x/_helper.py) import from its folder
    test_dir = path.rpartition("/")[0] or "."
    sys.path[0] = test_dir
    real_main = sys.modules["__main__"]
    real_argv = sys.argv
    real_out, real_err = sys.stdout, sys.stderr
    sink = Sink()
    for i in range(warmup + runs):
        module = type(sys)("__main__")
        module.__file__ = path
        module.__builtins__ = __builtins__
        sys.modules["__main__"] = module
        sys.argv = [path]
        sys.stdout = sys.stderr = sink
        status = "ok"
        try:
            # compiled in each run: the compiler's paths are checked too
            exec(compile(source, path, "exec"), module.__dict__)
        except BaseException as e:  # SystemExit too: the script may exit
            status = type(e).__name__
        sys.stdout, sys.stderr = real_out, real_err
        sys.argv = real_argv
        sys.modules["__main__"] = real_main
        module.__dict__.clear()
        module = None
        collect()
        refs = totalrefs() if totalrefs is not None else -1
        nblocks = blocks()
        emit("run %d %d %d %s\n" % (i, refs, nblocks, status))
    emit("done\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
