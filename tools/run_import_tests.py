#!/usr/bin/python3.11
"""The .pyc cache lifecycle, checked end to end on krait (and, where the
two should agree, against CPython 3.11's -v trace for the same fixture).
Each check builds its own fixture in a temporary directory. The last line
is "N passed, N failed".

usage: tools/run_import_tests.py [-v] [--krait PATH] [CHECK...]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from gen_expected import ORACLE, test_env  # noqa: E402

TAG = "krait-311"
KRAIT = os.path.join(ROOT, "build", "krait")
MAGIC = None          # set in main() from the krait under test
CHECKS = []


def check(f):
    CHECKS.append(f)
    return f


STDLIB = "/usr/lib/python3.11"


def stdlib_pycs():
    """krait pycs in the installed standard library: the checks must never
    write any (runs that write import only fixture and frozen modules)."""
    found = set()
    for root, _, files in os.walk(STDLIB):
        found.update(os.path.join(root, f) for f in files if f.endswith(f".{TAG}.pyc"))
    return found


def env(write=True, **extra):
    e = test_env()
    if write:
        e.pop("PYTHONDONTWRITEBYTECODE", None)
    e.update(extra)
    return e


def run(d, *args, exe=None, write=True, **extra):
    r = subprocess.run([exe or KRAIT, *args], cwd=d, env=env(write, **extra), capture_output=True,
                       timeout=60)
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def trace(stderr, d):
    """The -v lines about files of the fixture directory d."""
    return [line for line in stderr.splitlines() if d in line and line.startswith("#")]


def fixture(d, files):
    for name, text in files.items():
        path = os.path.join(d, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


def expect(cond, what):
    if not cond:
        raise AssertionError(what)


def pyc(d, mod="mod"):
    return os.path.join(d, "__pycache__", f"{mod}.{TAG}.pyc")


BASIC = {"mod.py": "X = 1\n", "main.py": "import mod\nprint(mod.X)\n"}


def cpython_trace(files, runs):
    """CPython's fixture -v lines for the same runs, tag renamed."""
    out = []
    with tempfile.TemporaryDirectory() as d:
        fixture(d, files)
        for args in runs:
            _, _, err = run(d, "-v", *args, exe=ORACLE)
            out.append([line.replace("cpython-311", TAG).replace(d, "DIR") for line in trace(err, d)])
    return out


@check
def written_once_then_reused(d):
    fixture(d, BASIC)
    got = []
    for _ in range(3):
        rc, out, err = run(d, "-v", "main.py")
        expect(rc == 0 and out == "1\n", f"run failed: {rc} {out!r} {err[-500:]}")
        got.append([line.replace(d, "DIR") for line in trace(err, d)])
    expect(got[0] == ["# code object from DIR/mod.py", f"# created 'DIR/__pycache__/mod.{TAG}.pyc'"],
           f"first run: {got[0]}")
    expect(got[1] == got[2] == [f"# DIR/__pycache__/mod.{TAG}.pyc matches DIR/mod.py",
                                f"# code object from 'DIR/__pycache__/mod.{TAG}.pyc'"],
           f"second run: {got[1]}")
    want = cpython_trace(BASIC, [["main.py"]] * 3)
    expect(got == want, f"CPython traces differently: {want}")
    expect(sorted(os.listdir(os.path.join(d, "__pycache__"))) == [f"mod.{TAG}.pyc"],
           "only the module is cached (never the main script; no temporary files left)")
    with open(pyc(d), "rb") as f:
        head = f.read(16)
    st = os.stat(os.path.join(d, "mod.py"))
    expect(head[:4] == MAGIC, f"magic {head[:4]!r}")
    expect(int.from_bytes(head[4:8], "little") == 0, "flags 0 (timestamp pyc)")
    expect(int.from_bytes(head[8:12], "little") == int(st.st_mtime) & 0xFFFFFFFF, "mtime field")
    expect(int.from_bytes(head[12:16], "little") == st.st_size, "size field")


@check
def importtime_shows_reuse(d):
    fixture(d, BASIC)
    rc, _, err1 = run(d, "-X", "importtime", "main.py")
    rc2, _, err2 = run(d, "-X", "importtime", "main.py")
    expect(rc == rc2 == 0, "runs failed")
    for err in (err1, err2):
        expect(err.splitlines()[0] == "import time: self [us] | cumulative | imported package", err[:200])
        expect(re.search(r"^import time: +\d+ \| +\d+ \| mod$", err, re.M), err)


@check
def rewritten_when_source_changes(d):
    fixture(d, BASIC)
    run(d, "main.py")
    st = os.stat(os.path.join(d, "mod.py"))
    fixture(d, {"mod.py": "X = 2\n"})
    os.utime(os.path.join(d, "mod.py"), (st.st_atime, st.st_mtime + 10))
    rc, out, err = run(d, "-v", "main.py")
    expect(out == "2\n", f"stale code used: {out!r}")
    expect(any("created" in line for line in trace(err, d)), "pyc rewritten")


@check
def same_second_edit_changing_size(d):
    fixture(d, BASIC)
    run(d, "main.py")
    st = os.stat(os.path.join(d, "mod.py"))
    fixture(d, {"mod.py": "X = 1234\n"})
    os.utime(os.path.join(d, "mod.py"), ns=(st.st_atime_ns, st.st_mtime_ns))   # same mtime
    rc, out, err = run(d, "main.py")
    expect(out == "1234\n", f"size change not noticed: {out!r}")
    rc, out, err = run(d, "-v", "main.py")
    expect(out == "1234\n" and any("matches" in line for line in trace(err, d)), "rewritten pyc reused")


def damage_then_run(d, damage):
    fixture(d, BASIC)
    run(d, "main.py")
    with open(pyc(d), "rb") as f:
        data = f.read()
    with open(pyc(d), "wb") as f:
        f.write(damage(data))
    rc, out, err = run(d, "-v", "main.py")
    expect(rc == 0 and out == "1\n", f"import failed: {rc} {out!r} {err[-800:]}")
    lines = trace(err, d)
    expect(any("created" in line for line in lines), f"not rewritten: {lines}")
    rc, out, err = run(d, "-v", "main.py")
    expect(any("matches" in line for line in trace(err, d)), "rewritten pyc not used")
    return lines


@check
def corrupt_body_recompiled(d):
    damage_then_run(d, lambda data: data[:16] + b"\xff\xfe garbage")


@check
def truncated_body_recompiled(d):
    damage_then_run(d, lambda data: data[:20])


@check
def truncated_header_recompiled(d):
    damage_then_run(d, lambda data: data[:10])


@check
def empty_pyc_recompiled(d):
    damage_then_run(d, lambda data: b"")


@check
def wrong_magic_recompiled(d):
    fixture(d, BASIC)
    run(d, "main.py")
    with open(pyc(d), "r+b") as f:
        f.write((3495).to_bytes(2, "little") + b"\r\n")    # CPython 3.11's magic
    rc, out, err = run(d, "-v", "main.py")
    expect(out == "1\n", err[-500:])
    expect("# bad magic number in 'mod': b'\\xa7\\r\\r\\n'" in err.splitlines(), err[-2000:])
    expect(any("created" in line for line in trace(err, d)), "not rewritten")
    with open(pyc(d), "rb") as f:
        expect(f.read(4) == MAGIC, "rewritten with krait's magic")


@check
def bad_flags_recompiled(d):
    damage_then_run(d, lambda data: data[:4] + b"\x04\x00\x00\x00" + data[8:])


@check
def unwritable_directory_skipped(d):
    fixture(d, BASIC)
    with open(os.path.join(d, "__pycache__"), "w") as f:   # a file where the directory should be
        f.write("not a directory")
    for _ in range(2):
        rc, out, err = run(d, "-v", "main.py")
        expect(rc == 0 and out == "1\n", f"import failed: {rc} {out!r} {err[-500:]}")
        lines = [line.replace(d, "DIR") for line in trace(err, d)]
        expect(lines == ["# code object from DIR/mod.py",
                         f"# could not create 'DIR/__pycache__/mod.{TAG}.pyc': "
                         "NotADirectoryError(20, 'Not a directory')"], lines)
    files = dict(BASIC, __pycache__="not a directory")
    expect(cpython_trace(files, [["main.py"]]) == [lines], "CPython traces differently")
    rc, out, err = run(d, "main.py")
    expect(err == "", f"not silent: {err!r}")


@check
def dash_B_writes_nothing(d):
    fixture(d, BASIC)
    rc, out, _ = run(d, "-B", "main.py")
    expect(out == "1\n" and not os.path.exists(os.path.join(d, "__pycache__")), "-B wrote a pyc")
    rc, out, _ = run(d, "main.py", PYTHONDONTWRITEBYTECODE="1")
    expect(out == "1\n" and not os.path.exists(os.path.join(d, "__pycache__")),
           "PYTHONDONTWRITEBYTECODE wrote a pyc")
    rc, out, _ = run(d, "-E", "main.py", PYTHONDONTWRITEBYTECODE="1")
    expect(os.path.exists(pyc(d)), "-E must ignore PYTHONDONTWRITEBYTECODE")


@check
def sys_dont_write_bytecode(d):
    fixture(d, {"mod.py": "X = 1\n",
                "main.py": "import sys\nprint(sys.dont_write_bytecode)\nsys.dont_write_bytecode = True\n"
                           "import mod\nprint(mod.X)\n"})
    rc, out, _ = run(d, "main.py")
    expect(out == "False\n1\n", out)
    expect(not os.path.exists(os.path.join(d, "__pycache__")), "pyc written")
    rc, out, _ = run(d, "-B", "-c", "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)")
    expect(out == "True 1\n", out)


@check
def pycache_prefix(d):
    fixture(d, BASIC)
    prefix = os.path.join(d, "prefix")
    rc, out, err = run(d, "main.py", PYTHONPYCACHEPREFIX=prefix)
    expect(out == "1\n", err)
    where = os.path.join(prefix, d.lstrip("/"), f"mod.{TAG}.pyc")
    expect(os.path.exists(where), f"no {where}")
    expect(not os.path.exists(os.path.join(d, "__pycache__")), "written beside the source too")
    prefix2 = os.path.join(d, "prefix2")
    rc, out, err = run(d, "-X", f"pycache_prefix={prefix2}", "-c",
                       "import sys, mod; print(sys.pycache_prefix == %r, mod.__cached__.startswith(%r))"
                       % (prefix2, prefix2), PYTHONPYCACHEPREFIX=prefix)
    expect(out == "True True\n", out + err)
    rc, out, err = run(d, "-E", "-c", "import sys; print(sys.pycache_prefix)", PYTHONPYCACHEPREFIX=prefix)
    expect(out == "None\n", out)


def compile_hash_pyc(d, mode):
    rc, out, err = run(d, "-c", "import py_compile; py_compile.compile('mod.py', invalidation_mode="
                                f"py_compile.PycInvalidationMode.{mode})", write=False)
    expect(rc == 0, err)
    with open(pyc(d), "rb") as f:
        return f.read()


@check
def hash_based_checked(d):
    fixture(d, BASIC)
    data = compile_hash_pyc(d, "CHECKED_HASH")
    expect(int.from_bytes(data[4:8], "little") == 3, f"flags {data[4:8]!r}")
    rc, out, err = run(d, "-v", "main.py")
    expect(out == "1\n" and any("matches" in line for line in trace(err, d)), "checked pyc not used")
    fixture(d, {"mod.py": "X = 7\n"})       # same size; the hash tells
    rc, out, err = run(d, "main.py")
    expect(out == "7\n", f"checked hash not checked: {out!r}")
    with open(pyc(d), "rb") as f:
        new = f.read()
    expect(int.from_bytes(new[4:8], "little") == 3 and new[8:16] != data[8:16], "rewritten as hash pyc")
    # the hash is CPython's: SipHash-1-3 keyed with the magic number
    rc, out, err = run(d, "-c", "import importlib.util; print(importlib.util.source_hash(open('mod.py','rb').read()).hex())",
                       write=False)
    expect(out.strip() == new[8:16].hex(), f"source hash {out!r} vs {new[8:16].hex()}")


@check
def hash_based_unchecked(d):
    fixture(d, BASIC)
    data = compile_hash_pyc(d, "UNCHECKED_HASH")
    expect(int.from_bytes(data[4:8], "little") == 1, f"flags {data[4:8]!r}")
    fixture(d, {"mod.py": "X = 7\n"})
    rc, out, err = run(d, "main.py")
    expect(out == "1\n", f"unchecked pyc must be trusted: {out!r}")
    rc, out, err = run(d, "--check-hash-based-pycs", "always", "main.py")
    expect(out == "7\n", f"--check-hash-based-pycs always: {out!r}")
    rc, out, err = run(d, "--check-hash-based-pycs", "never", "-c", "import _imp; print(_imp.check_hash_based_pycs)")
    expect(out == "never\n", out)


@check
def run_pyc_without_source(d):
    fixture(d, {"prog.py": "import sys\nprint('hello', __name__, __file__.endswith('prog.pyc'), sys.argv[1:])\n"})
    rc, out, err = run(d, "-m", "py_compile", "prog.py", write=False)
    expect(rc == 0, err)
    shutil.copy(pyc(d, "prog"), os.path.join(d, "prog.pyc"))
    os.remove(os.path.join(d, "prog.py"))
    rc, out, err = run(d, "prog.pyc", "a", "b")
    expect((rc, out) == (0, "hello __main__ True ['a', 'b']\n"), f"{rc} {out!r} {err}")
    with open(os.path.join(d, "bad.pyc"), "wb") as f:
        f.write(b"\x00\x01\x02")
    rc, out, err = run(d, "bad.pyc")
    expect(rc == 1 and err == "RuntimeError: Bad magic number in .pyc file\n", f"{rc} {err!r}")
    with open(os.path.join(d, "bad2.pyc"), "wb") as f:
        f.write(MAGIC + bytes(12) + b"\xff")
    rc, out, err = run(d, "bad2.pyc")
    expect(rc == 1 and err == "RuntimeError: Bad code object in .pyc file\n", f"{rc} {err!r}")


@check
def sourceless_module_import(d):
    fixture(d, {"mod.py": "X = 'from pyc'\n",
                "main.py": "import mod\nprint(mod.X, mod.__file__.endswith('mod.pyc'), type(mod.__loader__).__name__)\n"})
    rc, out, err = run(d, "-m", "py_compile", "mod.py", write=False)
    shutil.move(pyc(d), os.path.join(d, "mod.pyc"))
    os.remove(os.path.join(d, "mod.py"))
    rc, out, err = run(d, "main.py")
    expect(out == "from pyc True SourcelessFileLoader\n", out + err)
    with open(os.path.join(d, "mod.pyc"), "r+b") as f:
        f.seek(16)
        f.write(b"\xff\xff\xff")
    rc, out, err = run(d, "main.py")
    expect(rc == 1 and "ImportError: bad marshal data" in err, f"corrupt sourceless pyc: {rc} {err[-300:]}")


@check
def compileall_and_py_compile(d):
    fixture(d, {"pkg/__init__.py": "", "pkg/a.py": "A = 1\n", "pkg/sub/b.py": "B = 2\n",
                "one.py": "ONE = 1\n", "main.py": "import pkg.a, pkg.sub.b\nprint(pkg.a.A + pkg.sub.b.B)\n"})
    rc, out, err = run(d, "-m", "compileall", "-q", "pkg", write=False)
    expect(rc == 0, f"compileall: {rc} {out} {err}")
    for p in ("pkg/__pycache__/__init__", "pkg/__pycache__/a", "pkg/sub/__pycache__/b"):
        expect(os.path.exists(os.path.join(d, f"{p}.{TAG}.pyc")), f"{p} not compiled")
    rc, out, err = run(d, "-v", "main.py", write=False)
    expect(out == "3\n", err[-500:])
    expect(sum("matches" in line for line in trace(err, d)) == 3, "compiled files not used")
    rc, out, err = run(d, "-m", "py_compile", "one.py", write=False)
    expect(rc == 0 and os.path.exists(pyc(d, "one")), f"py_compile: {rc} {err}")
    rc, out, err = run(d, "-m", "py_compile", "nonexistent.py", write=False)
    expect(rc == 1, f"py_compile of a missing file: {rc}")


@check
def main_script_never_cached(d):
    fixture(d, {"main.py": "print('main')\n"})
    rc, out, err = run(d, "main.py")
    expect(out == "main\n" and not os.path.exists(os.path.join(d, "__pycache__")), "main script cached")


@check
def dash_m_module_and_package(d):
    fixture(d, {"tool.py": "import sys\nprint(__name__, sys.argv[0].endswith('tool.py'), sys.argv[1:])\n",
                "pkg/__init__.py": "print('init', __name__)\n",
                "pkg/__main__.py": "import sys\nprint(__name__, __package__, __spec__.name, sys.argv[0].endswith('__main__.py'))\n",
                "nomain/__init__.py": ""})
    for args in (["-m", "tool", "x", "y"], ["-m", "pkg"], ["-m", "pkg.__main__"], ["-m", "nomain"],
                 ["-m", "missing_zz"], ["-m", "tool.sub"]):
        got = run(d, *args, write=False)
        want = run(d, *args, exe=ORACLE, write=False)
        norm = lambda r: (r[0], r[1], r[2].replace(KRAIT, "EXE").replace(ORACLE, "EXE"))  # noqa: E731
        expect(norm(got) == norm(want), f"{args}: krait {got} CPython {want}")


@check
def sys_path_like_cpython(d):
    # krait's own entries (its lib/, the stdlib) follow the user's; CPython's
    # python311.zip and lib-dynload have no krait counterpart
    show = "import sys; print([p for p in sys.path if '/usr/lib/python3' not in p and not p.endswith('/lib')])"
    fixture(d, {"sub/show.py": show + "\n"})
    pp = os.path.join(d, "pp1") + os.pathsep + os.path.join(d, "pp2")
    for args in (["sub/show.py"], ["-I", "sub/show.py"], ["-E", "sub/show.py"], ["-P", "sub/show.py"],
                 ["-c", show], ["-I", "-c", show], ["-E", "-c", show], ["-m", "sub.show"], ["-I", "-m", "sub.show"]):
        got = run(d, "-S", "-B", *args, write=False, PYTHONPATH=pp)      # -B: -E would allow writing
        want = run(d, "-S", "-B", *args, exe=ORACLE, write=False, PYTHONPATH=pp)
        expect(got[1] == want[1], f"{args}: krait {got[1]!r} CPython {want[1]!r}")


def main():
    global KRAIT
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--krait", default=KRAIT)
    ap.add_argument("checks", nargs="*")
    args = ap.parse_args()
    KRAIT = os.path.abspath(args.krait)
    global MAGIC
    # krait's magic is derived from its instruction set (impmodule.h)
    MAGIC = subprocess.run([KRAIT, "-c", "import importlib.util, sys; "
                            "sys.stdout.buffer.write(importlib.util.MAGIC_NUMBER)"],
                           capture_output=True, check=True).stdout
    if len(MAGIC) != 4 or MAGIC[2:] != b"\r\n" or MAGIC == (3495).to_bytes(2, "little") + b"\r\n":
        sys.exit(f"unexpected magic number {MAGIC!r}")
    passed = failed = 0
    before = stdlib_pycs()
    for c in CHECKS:
        if args.checks and c.__name__ not in args.checks:
            continue
        with tempfile.TemporaryDirectory(prefix="krait-import-") as d:
            d = os.path.realpath(d)
            try:
                c(d)
            except Exception as e:   # noqa: BLE001 - report every failure and go on
                failed += 1
                print(f"FAIL {c.__name__}: {type(e).__name__}: {e}")
            else:
                passed += 1
                if args.v:
                    print(f"ok   {c.__name__}")
    leaked = stdlib_pycs() - before
    if leaked:
        failed += 1
        print(f"FAIL the checks wrote {len(leaked)} pyc files into {STDLIB}, e.g. {sorted(leaked)[0]}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
