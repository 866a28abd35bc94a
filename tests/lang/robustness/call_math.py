# Robustness: every function of math with junk and edge-value arguments.

from _harness import ARGS, NOREPR, SHOW, args_label, clean, show  # noqa: F401

import math


def run(names, arglists=ARGS):
    for name in names:
        f = getattr(math, name, None)
        if f is None:
            print(name, "missing")
            continue
        for a in arglists:
            show(name, name + args_label(a), f, a)
        show(name, name + "(bogus=1)", f, (), {"bogus": 1})
        show(name, name + "(1, bogus=1)", f, (1,), {"bogus": 1})

NAMES = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'comb', 'copysign', 'cos', 'cosh', 'degrees', 'dist', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd', 'hypot', 'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf', 'nextafter', 'perm', 'pow', 'prod', 'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp']
run(NAMES)

# numeric edge values
EDGE = [(0,), (-0.0,), (1e308,), (-1e308,), (float("inf"),), (float("-inf"),), (float("nan"),),
        (2 ** 1100,), (-(2 ** 1100),), (5e-324,), (10 ** 400, 10 ** 400), (0, 0), (-1, 0.5),
        (1e308, 1e308), (float("inf"), 0), (2, 2000), (True, False)]
run(NAMES, EDGE)
