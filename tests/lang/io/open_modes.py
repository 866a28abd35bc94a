# open(): the object stack each mode gives, buffering choices, attributes.
import _io, io
from _iohelp import Scratch, show

with Scratch("open_modes") as s:
    p = s.path("o.txt")
    open(p, "w").close()
    for mode, kw in [("r", {}), ("rb", {}), ("w", {}), ("wb", {}), ("a", {}), ("ab", {}),
                     ("r+", {}), ("r+b", {}), ("w+", {}), ("wb+", {}), ("a+", {}),
                     ("rb", {"buffering": 0}), ("wb", {"buffering": 0}), ("r", {"buffering": 1}),
                     ("w", {"buffering": 5}), ("rt", {}), ("wt", {"encoding": "latin-1"})]:
        f = open(p, mode, **kw)
        chain = [type(f).__name__]
        inner = f
        while hasattr(inner, "buffer") or hasattr(inner, "raw"):
            inner = getattr(inner, "buffer", None) or getattr(inner, "raw")
            chain.append(type(inner).__name__)
        extra = ""
        if isinstance(f, _io.TextIOWrapper):
            extra = "%s %s %s" % (f.mode, f.encoding, f.line_buffering)
        print(mode, kw, chain, f.mode, extra, repr(f).replace(s.dir, "<dir>"))
        f.close()
    with open(p, "x" if False else "w") as f:
        f.write("data")
    import os
    os.remove(p)
    with open(p, "x") as f:
        print("x mode", f.mode, f.write("new"))
    show("x exists", open, p, "x")
    fd = os.open(p, os.O_RDONLY)
    with open(fd, closefd=True) as f:
        print("fd", f.name == fd, f.read())
    fd = os.open(p, os.O_RDONLY)
    f = open(fd, "rb", closefd=False)
    f.close()
    print("closefd False keeps fd", os.read(fd, 2))
    os.close(fd)
    seen = []
    def opener(path, flags):
        seen.append(path == p)
        return os.open(path, flags)
    with open(p, opener=opener) as f:
        print("opener", seen, f.read())
    class PathLike:
        def __fspath__(self):
            return p
    with open(PathLike()) as f:
        print("pathlike", f.read(), f.name == p or f.name)
    with open(p.encode()) as f:
        print("bytes path", f.read(), type(f.name).__name__)
    print(open is io.open or open.__name__, io.open.__name__, _io.open_code(p).read())
    print(_io.text_encoding(None), _io.text_encoding("x"), _io.text_encoding(None, 3))
    show("text_encoding int", _io.text_encoding, 5)
