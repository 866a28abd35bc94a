#!/usr/bin/python3.11
"""Generates the expected output of differential tests by running them on
CPython 3.11 (/usr/bin/python3.11), the oracle. Never edit the outputs by hand.

usage: tools/gen_expected.py PATH...   (files or directories under tests/lang)

For tests/lang/x/name.py it writes name.out (stdout) and, when CPython writes
to stderr or exits non-zero, name.err (stderr, then "[exit status N]").
Scripts run from their own directory with PYTHONHASHSEED=0, as the runner does.
"""
import os
import subprocess
import sys

ORACLE = "/usr/bin/python3.11"


def test_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", LC_ALL="C.UTF-8", PYTHONDONTWRITEBYTECODE="1")
    return env


def portable(output, test_dir):
    """Output with the test's directory replaced by @TESTDIR@ (tracebacks
    show absolute paths, which differ from clone to clone)."""
    return output.replace(test_dir.encode() + b"/", b"@TESTDIR@/")


def scripts(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                # fixture directories (_pkg/ ...) and __pycache__ hold no tests
                dirs[:] = sorted(d for d in dirs if not d.startswith("_"))
                for f in sorted(files):
                    if f.endswith(".py") and not f.startswith("_"):
                        yield os.path.join(root, f)
        else:
            yield p


def generate(path):
    d, name = os.path.split(os.path.abspath(path))
    r = subprocess.run([ORACLE, name], cwd=d, env=test_env(), capture_output=True, timeout=60)
    base = os.path.join(d, name[:-3])
    with open(base + ".out", "wb") as f:
        f.write(portable(r.stdout, d))
    if r.stderr or r.returncode:
        with open(base + ".err", "wb") as f:
            f.write(portable(r.stderr, d) + b"[exit status %d]\n" % r.returncode)
    elif os.path.exists(base + ".err"):
        os.remove(base + ".err")
    return r.returncode


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    for p in scripts(sys.argv[1:]):
        rc = generate(p)
        print(f"{p}: exit {rc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
