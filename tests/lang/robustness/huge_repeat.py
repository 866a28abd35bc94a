# Robustness: huge repetitions and sizes fail fast with MemoryError or
# OverflowError exactly as CPython (never a crash, hang or wrong answer).
import sys


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        print(label, "ok", type(r).__name__, len(r) if hasattr(r, "__len__") else r)


M = sys.maxsize
attempt("'a' * 10**12", lambda: "a" * 10 ** 12)
attempt("'ab' * (M // 2 + 1)", lambda: "ab" * (M // 2 + 1))
attempt("'x' * M", lambda: "x" * M)
attempt("'x' * (M + 1)", lambda: "x" * (M + 1))
attempt("'x' * 2**100", lambda: "x" * 2 ** 100)
attempt("'x' * -2**100", lambda: "x" * -(2 ** 100))
attempt("'' * 2**62", lambda: "" * 2 ** 62)
attempt("'' * 2**100", lambda: "" * 2 ** 100)
attempt("'\u20ac' * M", lambda: "\u20ac" * M)
attempt("'\U0001f600' * (M // 4)", lambda: "\U0001f600" * (M // 4))
attempt("b'x' * M", lambda: b"x" * M)
attempt("b'x' * 10**12", lambda: b"x" * 10 ** 12)
attempt("b'' * 2**100", lambda: b"" * 2 ** 100)
attempt("bytearray * M", lambda: bytearray(b"x") * M)
attempt("bytearray *= M", lambda: bytearray(b"xy").__imul__(M))
attempt("[None] * 2**62", lambda: [None] * 2 ** 62)
attempt("[None] * M", lambda: [None] * M)
attempt("[None] * 2**100", lambda: [None] * 2 ** 100)
attempt("[None, None] * (M // 2)", lambda: [None, None] * (M // 2))
attempt("[] * 2**100", lambda: [] * 2 ** 100)
attempt("[] * M", lambda: [] * M)
attempt("list *= 2**62", lambda: [1].__imul__(2 ** 62))
attempt("(None,) * 2**62", lambda: (None,) * 2 ** 62)
attempt("(None,) * M", lambda: (None,) * M)
attempt("() * 2**100", lambda: () * 2 ** 100)
attempt("'x'.ljust(M)", lambda: "x".ljust(M))
attempt("'x'.center(10**12)", lambda: "x".center(10 ** 12))
attempt("'x'.zfill(M)", lambda: "x".zfill(M))
attempt("'\\t'.expandtabs(M)", lambda: "\t\t".expandtabs(M))
attempt("'%*d'", lambda: "%*d" % (M, 1))
attempt("format width", lambda: format(1, "%d" % M))
attempt("format width big", lambda: format(1, "99999999999999999999"))
attempt("format prec big", lambda: format(1.5, ".99999999999999999999"))
attempt("f-string width", lambda: f"{1:{M}}")
attempt("bytes(M)", lambda: bytes(M))
attempt("bytearray(M)", lambda: bytearray(M))
attempt("bytes(10**12)", lambda: bytes(10 ** 12))
attempt("'x'.replace('', 'y' * 10**6)", lambda: "x" * 10 ** 4 and "ab".replace("", "y" * 10))
attempt("range(M)", lambda: range(M))
attempt("list(range(2**62))", lambda: list(range(2 ** 62)) if False else range(2 ** 62)[-1:])
attempt("range(2**100) slice", lambda: range(2 ** 100)[::2 ** 99])
attempt("bytes.fromhex('') * M", lambda: bytes.fromhex("") * M)
attempt("memoryview(b'x') * 2", lambda: memoryview(b"x") * 2)
attempt("str.join overflow", lambda: ",".join([]))
attempt("dict.fromkeys(range(0))", lambda: dict.fromkeys(range(0)))
print("done")
