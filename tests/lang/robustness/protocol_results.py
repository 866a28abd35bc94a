# Robustness: special methods that return the wrong type or a bad value
# (__len__, __index__, __int__, __float__, __hash__, __bool__, __repr__,
# __format__, __round__, __iter__ ...) give CPython's errors.


from _protocol_harness import MyFloat, MyInt, Ret, attempt  # noqa: F401
import math
import sys
for v in (None, "s", -1, 2 ** 100, -(2 ** 100), 1.5, [1]):
    r = Ret(v)
    print("--", repr(v) if not isinstance(v, (MyInt, MyFloat)) else type(v).__name__)
    attempt("len", lambda: len(r))
    attempt("index", lambda: [10, 20, 30][r])
    attempt("operator.index", lambda: (1).__mul__(r))
    attempt("range", lambda: range(r))
    attempt("int", lambda: int(r))
    attempt("float", lambda: float(r))
    attempt("complex", lambda: complex(r))
    attempt("hash", lambda: hash(r))
    attempt("bool", lambda: bool(r))
    attempt("repr", lambda: repr(r))
    attempt("str", lambda: str(r))
    attempt("format", lambda: format(r, ""))
    attempt("f-string", lambda: f"{r}")
    attempt("round", lambda: round(r))
    attempt("round 2", lambda: round(r, 2))
    attempt("iter", lambda: iter(r))
    attempt("bytes", lambda: bytes(r))
    attempt("abs", lambda: abs(r))
    attempt("math.trunc", lambda: math.trunc(r))
    attempt("math.floor", lambda: math.floor(r))
    attempt("math.ceil", lambda: math.ceil(r))
    attempt("next", lambda: next(r))
    attempt("dir", lambda: dir(r))
    attempt("sys.getsizeof", lambda: sys.getsizeof(r) > 0)  # object sizes differ
    attempt("hex", lambda: hex(r))
    attempt("chr", lambda: chr(r))
    attempt("list * r", lambda: [0] * r)
    attempt("slice", lambda: [1, 2, 3][r:])
    attempt("int.to_bytes", lambda: (5).to_bytes(r, "big"))
    attempt("math.sqrt", lambda: math.sqrt(r))
    attempt("pow", lambda: pow(2, r, 7))
print("done")
