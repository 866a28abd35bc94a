# FileIO: OSError subclasses with errno/filename, bad modes and arguments,
# operations on closed or wrongly opened files.
import _io, errno
from _iohelp import Scratch, show

with Scratch("fileio_errors") as s:
    p = s.path("x.bin")
    for args in [(s.path("missing/x"),), (s.dir, "w"), (s.dir,), (1.5,), (-3,), ("a\0b",),
                 (p, "rw"), (p, "q"), (p, "rr"), (p, "r++"), (p, "b"), (p, "rt"), (p, ""),
                 (None,), (p, 1), (p, None), (b"/nonexistent/bytes",)]:
        try:
            _io.FileIO(*args)
        except Exception as e:
            fn = getattr(e, "filename", None)
            if isinstance(fn, str) and fn.startswith(s.dir):
                fn = "<dir>" + fn[len(s.dir):]
            msg = str(e).replace(s.dir, "<dir>")
            print(type(e).__name__, msg, getattr(e, "errno", None), fn)
    show("closefd name", _io.FileIO, p, "w", closefd=False)
    show("opener -5", _io.FileIO, p, "r", opener=lambda n, fl: -5)
    show("opener str", _io.FileIO, p, "r", opener=lambda n, fl: "a")
    show("no args", _io.FileIO)
    f = _io.FileIO(p, "w")
    show("read on w", f.read)
    show("readinto on w", f.readinto, bytearray(2))
    show("write str", f.write, "s")
    show("seek float", f.seek, 1.5)
    show("seek whence", f.seek, 0, 7)
    show("truncate str", f.truncate, "a")
    show("read size str", f.read, "x")
    f.close()
    for name in ["read", "readall", "write", "fileno", "isatty", "seek", "tell", "truncate",
                 "readable", "writable", "seekable", "readline", "readlines", "flush"]:
        args = (b"x",) if name == "write" else (0,) if name == "seek" else ()
        show(name, getattr(f, name), *args)
    show("iter", iter, f)
    show("enter", f.__enter__)
    g = _io.FileIO(p)
    show("write on r", g.write, b"x")
    show("readinto bytes", g.readinto, b"abc")
    show("truncate on r", g.truncate)
    g.close()
    e = _io.UnsupportedOperation("m")
    print(isinstance(e, OSError), isinstance(e, ValueError), _io.UnsupportedOperation.__module__)
