# open(): every validation error, in CPython's order and wording.
import _io
from _iohelp import Scratch, show

with Scratch("open_errors") as s:
    p = s.path("exists.txt")
    open(p, "w").close()
    missing = s.path("missing.txt")
    cases = [
        ((p, "rw"), {}), ((p, "rt+b"), {}), ((p, "rb"), {"encoding": "u"}),
        ((p, "rb"), {"errors": "u"}), ((p, "rb"), {"newline": ""}), ((p, "r"), {"newline": "x"}),
        ((p, "r"), {"newline": 5}), ((p, "r"), {"buffering": 0}), ((p, "U"), {}),
        ((p, "rU"), {}), ((p, 5), {}), ((p, "r"), {"encoding": 5}), ((1.5,), {}),
        ((p, "rwx"), {}), ((p, "rr"), {}), ((p, ""), {}), ((p, "b"), {}), ((p, "t"), {}),
        ((p, "z"), {}), ((p,), {"buffering": "a"}), ((p, "r", -2), {}), ((p, "r"), {"closefd": 0}),
        ((missing,), {}), ((missing, "r"), {"newline": "x"}), ((missing, "r"), {"buffering": 0}),
        ((p, None), {}), ((None,), {}), (([],), {}), ((p,), {"bogus": 1}), ((), {}),
        ((p, "r"), {"errors": 5}), ((p, "r"), {"opener": 5}),
    ]
    for args, kw in cases:
        try:
            f = open(*args, **kw)
        except Exception as e:
            print(args[1:] if args and args[0] in (p, missing) else args, kw, "->",
                  type(e).__name__, str(e).replace(s.dir, "<dir>"))
        else:
            print(args[1:], kw, "-> opened", type(f).__name__)
            f.close()
    show("open_code int", _io.open_code, 5)
    show("open_code None", _io.open_code, None)
    try:
        _io.open_code(missing)
    except FileNotFoundError as e:
        print("open_code missing", e.errno)
    import warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        f = open(p, "rb", buffering=1)
        f.close()
        print([str(x.message) for x in w], [x.category.__name__ for x in w])
