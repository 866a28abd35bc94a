#!/usr/bin/python3.11
"""check_stdlib_parse.py — parses every .py file of CPython's standard library
with krait (`krait -X ast-dump @LISTFILE`, many files per process) and
compares each dump with CPython's ast.dump(ast.parse(src)).

Usage: tools/check_stdlib_parse.py [--krait build/krait] [--jobs N] [--root DIR]
       [--show N] [--attributes] [paths...]
--attributes also compares positions (lineno, col_offset, end_...).
Prints each mismatch (file and first differing position) and a final line
"N/M files identical"; exits 1 on any mismatch.
"""
import argparse
import ast
import os
import subprocess
import sys
import tempfile
import warnings
from concurrent.futures import ProcessPoolExecutor

SEP = "\x01"


ATTRS = False


def expected_dump(path):
    """CPython's dump, or None if CPython itself cannot parse the file."""
    try:
        with open(path, "rb") as f:
            src = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.dump(ast.parse(src, filename=path), include_attributes=ATTRS)
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
        return None


def run_batch(args):
    global ATTRS
    krait, paths, ATTRS = args
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as f:
        if ATTRS:
            f.write("#attributes\n")
        f.write("\n".join(paths) + "\n")
        listfile = f.name
    try:
        proc = subprocess.run([krait, "-X", "ast-dump", "@" + listfile], capture_output=True,
                              timeout=600)
        out = proc.stdout.decode("utf-8", "replace")
        err = proc.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        out, err = "", "timeout"
    finally:
        os.unlink(listfile)
    got = {}
    for chunk in out.split(SEP)[1:]:
        name, _, body = chunk.partition("\n")
        got[name] = body[:-1] if body.endswith("\n") else body
    results = []
    for p in paths:
        exp = expected_dump(p)
        if p not in got:
            results.append((p, False, "no output from krait (crash?) " + err[-300:]))
            continue
        if got[p] == exp:
            results.append((p, True, ""))
            continue
        g = got[p]
        i = 0
        while i < min(len(g), len(exp)) and g[i] == exp[i]:
            i += 1
        lo = max(0, i - 60)
        results.append((p, False, "first difference at %d:\n    krait:   %r\n    cpython: %r"
                        % (i, g[lo:i + 80], exp[lo:i + 80])))
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default=os.path.join(os.path.dirname(__file__), "..", "build", "krait"))
    ap.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 2))
    ap.add_argument("--root", default="/usr/lib/python3.11")
    ap.add_argument("--show", type=int, default=50, help="mismatches to print in full")
    ap.add_argument("--attributes", action="store_true",
                    help="also compare positions (include_attributes=True)")
    ap.add_argument("paths", nargs="*")
    a = ap.parse_args()
    if a.paths:
        files = [os.path.abspath(p) for p in a.paths]
    else:
        files = []
        for d, dirs, names in os.walk(a.root):
            dirs.sort()
            # third-party packages installed under the root are not the stdlib
            dirs[:] = [x for x in dirs if x not in ("site-packages", "dist-packages")]
            for n in sorted(names):
                if n.endswith(".py"):
                    files.append(os.path.join(d, n))
    # only the files CPython itself parses
    files = [f for f in files if expected_dump(f) is not None]
    nb = max(1, a.jobs * 4)
    batches = [(a.krait, files[i::nb], a.attributes) for i in range(nb) if files[i::nb]]
    ok = 0
    shown = 0
    bad = []
    with ProcessPoolExecutor(max_workers=a.jobs) as ex:
        for res in ex.map(run_batch, batches):
            for path, same, msg in res:
                if same:
                    ok += 1
                else:
                    bad.append(path)
                    if shown < a.show:
                        print("MISMATCH %s: %s" % (path, msg))
                        shown += 1
    if len(bad) > shown:
        print("... and %d more mismatching files:" % (len(bad) - shown))
        for p in bad[shown:]:
            print("  " + p)
    print("%d/%d files identical" % (ok, len(files)))
    return 0 if ok == len(files) else 1


if __name__ == "__main__":
    sys.exit(main())
