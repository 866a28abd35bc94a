#!/usr/bin/python3.11
"""check_ast_module.py — checks krait's `_ast` module against CPython on
standard library files: under krait, ast.dump(ast.parse(src),
include_attributes=True) (the stdlib ast.py over krait's node objects) must
equal CPython's text, and compile(tree, path, "exec") of that tree (the
Python -> C conversion) must succeed (or fail with the same exception type
as in CPython, for files with compile-time errors).

Usage: tools/check_ast_module.py [--krait build/krait] [--count N] [--jobs N] [paths...]
Without paths: a deterministic sample of N (default 200; 0 = all) files
from /usr/lib/python3.11 (every k-th file of the sorted list that CPython
parses).
Prints each mismatch and a final line "N/M files identical"; exits 1 on any.
"""
import argparse
import ast
import os
import subprocess
import sys
import tempfile
import warnings
from concurrent.futures import ThreadPoolExecutor

SEP = "\x01"

# Runs under krait: one process for many files.
KRAIT_SCRIPT = r'''
import ast, sys
paths = open(sys.argv[1]).read().split("\n")
out = sys.stdout
for p in paths:
    if not p:
        continue
    out.write("\x01" + p + "\n")
    try:
        with open(p, "rb") as f:
            src = f.read()
        tree = ast.parse(src, filename=p)
        out.write(ast.dump(tree, include_attributes=True) + "\n")
    except Exception as e:
        out.write("ERROR %s: %s\n" % (type(e).__name__, e))
        continue
    try:
        compile(tree, p, "exec")
        out.write("\x02compiled\n")
    except Exception as e:
        out.write("\x02%s\n" % type(e).__name__)
'''


def expected_compile(path):
    """What CPython's compile() of the parsed tree gives: "compiled" or the
    exception's type name (files with compile-time errors)."""
    with open(path, "rb") as f:
        tree = ast.parse(f.read(), filename=path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(tree, path, "exec")
        return "compiled"
    except Exception as e:
        return type(e).__name__


def expected_dump(path):
    try:
        with open(path, "rb") as f:
            src = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.dump(ast.parse(src, filename=path), include_attributes=True)
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
        return None


def run_batch(krait, paths):
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as f:
        f.write("\n".join(paths) + "\n")
        listfile = f.name
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(KRAIT_SCRIPT)
        script = f.name
    try:
        proc = subprocess.run([krait, "-W", "ignore", script, listfile], capture_output=True,
                              timeout=900)
        out = proc.stdout.decode("utf-8", "replace")
        err = proc.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        out, err = "", "timeout"
    finally:
        os.unlink(listfile)
        os.unlink(script)
    got = {}
    for chunk in out.split(SEP)[1:]:
        name, _, body = chunk.partition("\n")
        got[name] = body
    results = []
    for p in paths:
        exp = expected_dump(p)
        if p not in got:
            results.append((p, False, "no output from krait (crash?) " + err[-300:]))
            continue
        g, _, outcome = got[p].partition("\x02")
        g = g[:-1] if g.endswith("\n") else g
        outcome = outcome.strip()
        if g == exp:
            want = expected_compile(p)
            if outcome == want:
                results.append((p, True, ""))
            else:
                results.append((p, False, "dump equal; compile(tree): krait %s, cpython %s"
                                % (outcome or "-", want)))
            continue
        i = 0
        while i < min(len(g), len(exp)) and g[i] == exp[i]:
            i += 1
        lo = max(0, i - 60)
        results.append((p, False, "first difference at %d:\n    krait:   %r\n    cpython: %r"
                        % (i, g[lo:i + 80], exp[lo:i + 80])))
    return results


def sample(count):
    files = []
    for root, dirs, names in os.walk("/usr/lib/python3.11"):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "dist-packages"))
        for n in sorted(names):
            if n.endswith(".py"):
                files.append(os.path.join(root, n))
    files.sort()
    files = [f for f in files if expected_dump(f) is not None]
    if count <= 0:
        return files
    step = max(1, len(files) // count)
    return files[::step][:count]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default="build/krait")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    paths = args.paths or sample(args.count)
    batches = [paths[i::args.jobs] for i in range(args.jobs)]
    ok = 0
    with ThreadPoolExecutor(args.jobs) as ex:
        for results in ex.map(lambda b: run_batch(args.krait, b), batches):
            for p, good, msg in results:
                if good:
                    ok += 1
                else:
                    print("MISMATCH", p, msg)
    print("%d/%d files identical" % (ok, len(paths)))
    return 0 if ok == len(paths) else 1


if __name__ == "__main__":
    sys.exit(main())
