# Every public method of the concrete io classes called with no argument
# and with one argument of many types: the result type or the exact error.
import _io
from _iohelp import Scratch

vals = [None, -1, 0, 3, 1.5, "s", b"b", [], (b"", 1)]
with Scratch("method_calls") as s:
    P = s.path("c.bin")
    makers = [
        ("FileIO", lambda: _io.FileIO(P, "r+")),
        ("BytesIO", lambda: _io.BytesIO(b"abc\ndef")),
        ("StringIO", lambda: _io.StringIO("abc\ndef")),
        ("BufferedReader", lambda: _io.BufferedReader(_io.FileIO(P), 3)),
        ("BufferedWriter", lambda: _io.BufferedWriter(_io.BytesIO(), 3)),
        ("BufferedRandom", lambda: _io.BufferedRandom(_io.FileIO(P, "r+"), 3)),
        ("TextIOWrapper", lambda: _io.TextIOWrapper(_io.BufferedRandom(_io.FileIO(P, "r+"), 3),
                                                     encoding="utf-8")),
        ("NLDecoder", lambda: _io.IncrementalNewlineDecoder(None, True)),
    ]
    for name, mk in makers:
        open(P, "wb").write(b"abc\ndef\r\nxyz" * 5)
        o = mk()
        meths = sorted(m for m in dir(o) if not m.startswith("_") and callable(getattr(o, m, None))
                       and m not in ("close", "detach", "fileno", "isatty"))
        for m in meths:
            for args in [()] + [(v,) for v in vals]:
                open(P, "wb").write(b"abc\ndef\r\nxyz" * 5)
                o = mk()
                try:
                    r = getattr(o, m)(*args)
                    out = "ok " + type(r).__name__
                except Exception as e:
                    out = "%s: %s" % (type(e).__name__, e)
                print(name, m, args, out)
                try:
                    o.close()
                except Exception:
                    pass
