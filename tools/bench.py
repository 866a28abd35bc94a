#!/usr/bin/python3.11
"""Runs every bench/*.py on build/krait and on CPython 3.11 in the same run and
prints a table of times (best of --repeat runs), the krait/CPython ratio per
program (below 1.00 means krait is faster) and the geometric mean of the
ratios. A program whose krait output differs from CPython's is marked and
left out of the mean.

usage: tools/bench.py [--repeat N] [--krait PATH] [NAME...]
"""
import argparse
import glob
import math
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CPYTHON = "/usr/bin/python3.11"


def run(cmd, path):
    env = dict(os.environ, PYTHONHASHSEED="0")
    t0 = time.perf_counter()
    r = subprocess.run(cmd + [path], capture_output=True, env=env, timeout=600)
    return time.perf_counter() - t0, r.returncode, r.stdout


def best_of(cmd, path, repeat):
    best, rc, out = None, 0, b""
    for _ in range(repeat):
        t, rc, out = run(cmd, path)
        if rc != 0:
            return None, rc, out
        best = t if best is None else min(best, t)
    return best, rc, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(ROOT, "bench", "*.py")))
    if args.names:
        paths = [p for p in paths if os.path.basename(p)[:-3] in args.names]
    print(f"{'benchmark':<16} {'CPython 3.11':>12} {'krait':>10} {'ratio':>7}")
    ratios = []
    for p in paths:
        name = os.path.basename(p)[:-3]
        tc, _, want = best_of([CPYTHON], p, args.repeat)
        tk, rc, got = best_of([args.krait], p, args.repeat)
        if tk is None:
            print(f"{name:<16} {tc:>11.3f}s {'failed':>10} {'-':>7}  (exit {rc})")
            continue
        if got != want:
            print(f"{name:<16} {tc:>11.3f}s {tk:>9.3f}s {'-':>7}  (wrong output)")
            continue
        ratio = tk / tc
        ratios.append(ratio)
        print(f"{name:<16} {tc:>11.3f}s {tk:>9.3f}s {ratio:>7.2f}")
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of krait/CPython over {len(ratios)} of {len(paths)} programs: {geo:.2f}")
    else:
        print("no benchmark ran correctly on krait")
    return 0


if __name__ == "__main__":
    sys.exit(main())
