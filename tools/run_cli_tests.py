#!/usr/bin/python3.11
"""Runs the command-line cases of tests/cli/cases.py on CPython 3.11 and on
build/krait, comparing stdout, stderr and exit status. The program's own path
is normalized to PROG in the output. Last line: "N passed, N failed"."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "cli"))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from cases import CASES  # noqa: E402
from gen_expected import test_env  # noqa: E402


def run(prog, args, stdin):
    r = subprocess.run([prog] + args, input=(stdin or "").encode(), capture_output=True,
                       cwd=ROOT, env=test_env(), timeout=30)
    norm = lambda b: b.replace(prog.encode(), b"PROG").replace(ROOT.encode() + b"/", b"")
    return norm(r.stdout), norm(r.stderr), r.returncode


def main():
    krait = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "krait")
    passed = failed = 0
    for args, stdin in CASES:
        want = run("/usr/bin/python3.11", args, stdin)
        got = run(krait, args, stdin)
        if want == got:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {args!r} stdin={stdin!r}")
            for what, w, g in zip(("stdout", "stderr", "status"), want, got):
                if w != g:
                    print(f"  {what}: expected {w!r}\n  {what}:   krait  {g!r}")
    print(f"cli: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
