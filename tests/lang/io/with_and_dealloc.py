# Context managers close files even on errors; objects that go away flush
# and close; a closed stream refuses further use.
import _io, gc
from _iohelp import Scratch, show

with Scratch("with_and_dealloc") as s:
    p = s.path("f.txt")
    try:
        with open(p, "w") as f:
            f.write("partial")
            raise RuntimeError("boom")
    except RuntimeError as e:
        print("caught", e, f.closed, open(p).read())
    for mode in ["w", "wb"]:
        f = open(p, mode)
        f.write("kept" if mode == "w" else b"kept-b")
        del f
        print(mode, open(p, "rb").read())
    raw = _io.FileIO(p, "w")
    buf = _io.BufferedWriter(raw)
    buf.write(b"via buffer")
    del buf
    print(raw.closed, open(p, "rb").read())
    f = open(p)
    f.close()
    show("read closed", f.read)
    show("iter closed", iter, f)
    show("with closed", f.__enter__)
    print(f.closed, repr(f).replace(s.dir, "<dir>"))
    g = open(p, "rb")
    print(g.__enter__() is g, g.__exit__(None, None, None), g.closed)
    fs = [open(p) for i in range(50)]
    for x in fs:
        x.close()
    print(all(x.closed for x in fs))
    class Holder:
        pass
    h = Holder()
    h.f = open(p, "w")
    h.f.write("cycle")
    h.self = h
    del h
    gc.collect()
    print(open(p).read())
