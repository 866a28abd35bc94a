#!/usr/bin/python3.11
"""Runs every bench/*.py on build/krait and on CPython 3.11 in the same run and
prints a table of times (best of --repeat runs), the krait/CPython ratio per
program (below 1.00 means krait is faster) and the geometric mean of the
ratios. A second column group gives each program's peak resident set size
(the smallest over the runs, from GNU time or os.wait4: see run()) in MiB and its
krait/CPython ratio. A program whose krait output differs from CPython's is
marked and left out of the means.

usage: tools/bench.py [--repeat N] [--krait PATH] [NAME...]
"""
import argparse
import glob
import math
import os
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CPYTHON = "/usr/bin/python3.11"
GNU_TIME = "/usr/bin/time"


def run(cmd, path):
    """Runs one program; returns (seconds, exit status, stdout, peak RSS in
    KiB). The peak RSS comes from GNU time's %M when /usr/bin/time exists
    (a small C launcher), else from os.wait4's ru_maxrss. Linux carries a
    process's high-water RSS across exec, so a child forked straight from
    this script starts its ru_maxrss at this script's own size; the small
    launcher avoids that floor."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    rss_file = None
    if os.path.exists(GNU_TIME):
        fd, rss_file = tempfile.mkstemp(prefix="bench-rss-")
        os.close(fd)
        cmd = [GNU_TIME, "-q", "-f", "%M", "-o", rss_file] + cmd
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd + [path], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env)
    timer = threading.Timer(600, p.kill)
    timer.start()
    try:
        out = p.stdout.read()
        p.stdout.close()
        _, status, ru = os.wait4(p.pid, 0)
    finally:
        timer.cancel()
    elapsed = time.perf_counter() - t0
    rc = os.waitstatus_to_exitcode(status)
    p.returncode = rc          # already reaped: keep Popen from waiting again
    kib = ru.ru_maxrss
    if rss_file:
        with open(rss_file) as f:
            lines = f.read().split()
        os.unlink(rss_file)
        if lines and lines[-1].isdigit():
            kib = int(lines[-1])
    return elapsed, rc, out, kib


def best_of(cmd, path, repeat):
    best, rss, rc, out = None, None, 0, b""
    for _ in range(repeat):
        t, rc, out, kib = run(cmd, path)
        if rc != 0:
            return None, None, rc, out
        best = t if best is None else min(best, t)
        rss = kib if rss is None else min(rss, kib)
    return best, rss, rc, out


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(ROOT, "bench", "*.py")))
    if args.names:
        paths = [p for p in paths if os.path.basename(p)[:-3] in args.names]
    print(f"{'benchmark':<16} {'CPython 3.11':>12} {'krait':>10} {'ratio':>7}"
          f"   {'CPy MiB':>8} {'krait MiB':>9} {'ratio':>6}")
    ratios, mem_ratios = [], []
    for p in paths:
        name = os.path.basename(p)[:-3]
        tc, mc, _, want = best_of([CPYTHON], p, args.repeat)
        tk, mk, rc, got = best_of([args.krait], p, args.repeat)
        if tc is None:
            print(f"{name:<16} {'failed':>12}  (CPython failed)")
            continue
        if tk is None:
            print(f"{name:<16} {tc:>11.3f}s {'failed':>10} {'-':>7}"
                  f"   {mc / 1024:>8.1f} {'-':>9} {'-':>6}  (exit {rc})")
            continue
        mem = f"   {mc / 1024:>8.1f} {mk / 1024:>9.1f} {mk / mc:>6.2f}"
        if got != want:
            print(f"{name:<16} {tc:>11.3f}s {tk:>9.3f}s {'-':>7}{mem}  (wrong output)")
            continue
        ratio = tk / tc
        ratios.append(ratio)
        mem_ratios.append(mk / mc)
        print(f"{name:<16} {tc:>11.3f}s {tk:>9.3f}s {ratio:>7.2f}{mem}")
    if ratios:
        print(f"geometric mean of krait/CPython over {len(ratios)} of {len(paths)} programs: "
              f"time {geomean(ratios):.2f}, peak RSS {geomean(mem_ratios):.2f}")
    else:
        print("no benchmark ran correctly on krait")
    return 0


if __name__ == "__main__":
    sys.exit(main())
