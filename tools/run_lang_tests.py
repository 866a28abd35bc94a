#!/usr/bin/python3.11
"""Runs the differential tests (tests/lang/**/*.py) on build/krait and compares
stdout (and stderr + exit status where a .err file exists) with the output
CPython 3.11 produced (tools/gen_expected.py). The last line is
"N passed, N failed".

usage: tools/run_lang_tests.py [-v] [-j N] [--krait PATH] [PATH...]

tests/known_failures.txt lists tests expected to fail (one path per line,
relative to tests/lang, '#' comments): they do not fail the run, and the
runner says when one of them passes so that it can be taken off the list.
"""
import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG = os.path.join(ROOT, "tests", "lang")
sys.path.insert(0, os.path.join(ROOT, "tools"))
from gen_expected import portable, scripts, test_env  # noqa: E402


def load_known_failures():
    path = os.path.join(ROOT, "tests", "known_failures.txt")
    known = set()
    if os.path.exists(path):
        for line in open(path):
            line = line.split("#", 1)[0].strip()
            if line:
                known.add(line)
    return known


def run_one(krait, path, timeout):
    d, name = os.path.split(path)
    base = path[:-3]
    try:
        r = subprocess.run([krait, name], cwd=d, env=test_env(), capture_output=True,
                           timeout=timeout)
        out, err, rc = portable(r.stdout, d), portable(r.stderr, d), r.returncode
    except subprocess.TimeoutExpired:
        return False, f"timed out after {timeout}s"
    except OSError as e:
        return False, f"could not run {krait}: {e}"
    want_out = open(base + ".out", "rb").read()
    problems = []
    if out != want_out:
        problems.append(diff("stdout", want_out, out))
    if os.path.exists(base + ".err"):
        got_err = err + b"[exit status %d]\n" % rc
        want_err = open(base + ".err", "rb").read()
        if got_err != want_err:
            problems.append(diff("stderr", want_err, got_err))
    elif rc != 0:
        problems.append(f"exit status {rc}\n" + err.decode("utf-8", "replace")[-2000:])
    return not problems, "\n".join(problems)


def diff(what, want, got):
    lines = difflib.unified_diff(want.decode("utf-8", "replace").splitlines(),
                                 got.decode("utf-8", "replace").splitlines(),
                                 f"expected {what}", f"krait {what}", lineterm="", n=2)
    text = "\n".join(lines)
    return text if len(text) < 3000 else text[:3000] + "\n..."


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true", help="show diffs of known failures too")
    ap.add_argument("-j", type=int, default=max(2, os.cpu_count() or 2))
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("paths", nargs="*", default=[LANG])
    args = ap.parse_args()
    known = load_known_failures()
    tests = [os.path.abspath(p) for p in scripts(args.paths) if os.path.exists(p[:-3] + ".out")]
    passed = failed = known_failed = 0
    newly_passing = []
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        results = pool.map(lambda p: (p, run_one(args.krait, p, args.timeout)), tests)
        for path, (ok, detail) in results:
            rel = os.path.relpath(path, LANG)
            if ok:
                passed += 1
                if rel in known:
                    newly_passing.append(rel)
            elif rel in known:
                known_failed += 1
                if args.v:
                    print(f"KNOWN FAIL {rel}\n{detail}\n")
            else:
                failed += 1
                print(f"FAIL {rel}\n{detail}\n")
    if newly_passing:
        print("known failures that now pass (take them off tests/known_failures.txt):")
        for rel in newly_passing:
            print("  " + rel)
    if known_failed:
        print(f"{known_failed} known failures (tests/known_failures.txt)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
