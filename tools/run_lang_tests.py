#!/usr/bin/python3.11
"""Runs the differential tests (tests/lang/**/*.py) on build/krait and compares
stdout (and stderr + exit status where a .err file exists) with the output
CPython 3.11 produced (tools/gen_expected.py). The last line is
"N passed, N failed".

usage: tools/run_lang_tests.py [-v] [-j N] [--krait PATH] [PATH...]
       tools/run_lang_tests.py --leaks N [--leak-warmup W] --krait DEBUG_KRAIT [PATH...]

tests/known_failures.txt lists tests expected to fail (one path per line,
relative to tests/lang, '#' comments): they do not fail the run, and the
runner says when one of them passes so that it can be taken off the list.

--leaks N (leak mode, like CPython's -R; needs a debug build for
sys.gettotalrefcount): runs each test W+N times inside ONE process
(tools/leak_driver.py, output silenced) and reports the tests whose total
reference count or allocated-block count grew in every one of the last N
runs. Correctness is not checked in this mode. tests/known_leaks.txt lists
known leaks (same format as known_failures.txt); they do not fail the run.
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


def load_known_failures(name="known_failures.txt", skip=None):
    """The paths listed in tests/NAME. A line "skip: PATH" names a test not
    to run at all (added to the set skip when given)."""
    path = os.path.join(ROOT, "tests", name)
    known = set()
    if os.path.exists(path):
        for line in open(path):
            line = line.split("#", 1)[0].strip()
            if line.startswith("skip:"):
                if skip is not None:
                    skip.add(line[5:].strip())
            elif line:
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


LEAK_DRIVER = os.path.join(ROOT, "tools", "leak_driver.py")


def run_leak_one(krait, path, warmup, runs, timeout):
    """Runs one test warmup+runs times in one process. Returns (verdict,
    detail): verdict "clean", "leak" or "error"."""
    d, name = os.path.split(path)
    try:
        r = subprocess.run([krait, LEAK_DRIVER, str(warmup), str(runs), name], cwd=d,
                           env=test_env(), capture_output=True, timeout=timeout * (warmup + runs))
    except subprocess.TimeoutExpired:
        return "error", f"timed out after {timeout * (warmup + runs)}s"
    except OSError as e:
        return "error", f"could not run {krait}: {e}"
    refs, blocks, statuses = [], [], set()
    done = False
    for line in r.stdout.decode("utf-8", "replace").splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[0] == "run":
            refs.append(int(parts[2]))
            blocks.append(int(parts[3]))
            statuses.add(parts[4])
        elif line == "done":
            done = True
    if not done or len(refs) != warmup + runs:
        err = r.stderr.decode("utf-8", "replace")[-2000:]
        return "error", f"driver stopped after {len(refs)} runs (exit status {r.returncode})\n{err}"
    tail = runs + 1 if warmup > 0 else runs
    rdelta = [b - a for a, b in zip(refs[-tail:], refs[-tail + 1:])]
    bdelta = [b - a for a, b in zip(blocks[-tail:], blocks[-tail + 1:])]
    leaks = []
    if refs[-1] >= 0 and rdelta and all(x >= 1 for x in rdelta):
        leaks.append("references " + " ".join(f"{x:+d}" for x in rdelta))
    if blocks[-1] > 0 and bdelta and all(x >= 1 for x in bdelta):
        leaks.append("blocks " + " ".join(f"{x:+d}" for x in bdelta))
    note = "" if statuses == {"ok"} else " (the script raised " + ", ".join(sorted(statuses - {"ok"})) + ")"
    if leaks:
        return "leak", ", ".join(leaks) + note
    return "clean", "references " + " ".join(f"{x:+d}" for x in rdelta) + note


def leak_main(args, tests):
    known = load_known_failures("known_leaks.txt")
    probe = subprocess.run([args.krait, "-c", "import sys; print(hasattr(sys, 'gettotalrefcount'))"],
                           capture_output=True)
    if probe.stdout.strip() != b"True":
        print(f"note: {args.krait} has no sys.gettotalrefcount (not a debug build: `make debug`);"
              " only allocated blocks are compared")
    counts = {"clean": 0, "leak": 0, "error": 0}
    known_leaking = 0
    now_clean = []
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        results = pool.map(lambda p: (p, run_leak_one(args.krait, p, args.leak_warmup, args.leaks,
                                                      args.timeout)), tests)
        for path, (verdict, detail) in results:
            rel = os.path.relpath(path, LANG)
            if verdict == "leak" and rel in known:
                known_leaking += 1
                if args.v:
                    print(f"KNOWN LEAK {rel}: {detail}")
                continue
            if verdict == "clean" and rel in known:
                now_clean.append(rel)
            counts[verdict] += 1
            if verdict == "leak":
                print(f"LEAK {rel}: {detail}")
            elif verdict == "error":
                print(f"ERROR {rel}: {detail}\n")
            elif args.v:
                print(f"clean {rel}: {detail}")
    if now_clean:
        print("known leaks that no longer leak (take them off tests/known_leaks.txt):")
        for rel in now_clean:
            print("  " + rel)
    if known_leaking:
        print(f"{known_leaking} known leaks (tests/known_leaks.txt)")
    if counts["error"]:
        print(f"{counts['error']} tests could not be run {args.leak_warmup + args.leaks} times"
              " in one process")
    print(f"leaks: {counts['clean']} passed, {counts['leak'] + counts['error']} failed")
    return 1 if counts["leak"] or counts["error"] else 0


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
    ap.add_argument("--known", action="append", default=[], metavar="FILE",
                    help="another known-failures list (tests/NAME), e.g. known_failures_asan.txt")
    ap.add_argument("--leaks", type=int, default=0, metavar="N",
                    help="leak mode: judge the last N of W+N runs in one process")
    ap.add_argument("--leak-warmup", type=int, default=3, metavar="W")
    ap.add_argument("paths", nargs="*", default=[LANG])
    args = ap.parse_args()
    # the tests run in their own folders: a relative binary path must not move
    args.krait = os.path.abspath(args.krait)
    known = load_known_failures()
    skip = set()
    for name in args.known:
        known |= load_known_failures(os.path.basename(name), skip)
    tests = [os.path.abspath(p) for p in scripts(args.paths) if os.path.exists(p[:-3] + ".out")]
    if skip:
        tests = [p for p in tests if os.path.relpath(p, LANG) not in skip]
        print(f"{len(skip)} tests skipped (" + ", ".join(args.known) + ")")
    if args.leaks > 0:
        return leak_main(args, tests)
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
