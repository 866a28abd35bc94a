# TextIOWrapper reading: read(n), readline(limit), iteration, readlines,
# each newline mode, with a small chunk size so lines cross chunk borders.
import _io
from _iohelp import Scratch

data = "first line\nsecond\r\nthird\rfourth\n\nlast é€\U0001f600 line"
with Scratch("textio_read") as s:
    p = s.path("t.txt")
    with open(p, "wb") as f:
        f.write(data.encode("utf-8"))
    for nl in [None, "", "\n", "\r", "\r\n"]:
        f = open(p, encoding="utf-8", newline=nl)
        f._CHUNK_SIZE = 4
        print(repr(nl), f.readlines(), f.newlines)
        f.seek(0)
        print("   ", repr(f.read(7)), repr(f.readline()), repr(f.readline(3)), repr(f.read(5)))
        print("   ", repr(f.read()), repr(f.read()), repr(f.readline()))
        f.close()
    with open(p, encoding="utf-8") as f:
        print([len(line) for line in f])
    with open(p, encoding="utf-8") as f:
        print(f.readlines(20))
        print(f.readline(-1), f.readline(0) == "")
    with open(p, "rb") as b:
        t = _io.TextIOWrapper(b, encoding="utf-8")
        print(t.read(12), t.buffer is b, t.name == p, t.mode if hasattr(t, "mode") else "no mode")
        t.detach()
    print(_io.TextIOWrapper(_io.BytesIO(b"a\r\nb"), newline=None).read())
    t = _io.TextIOWrapper(_io.BytesIO(b"x\ry\r"), newline="")
    print(repr(t.readline()), repr(t.readline()), repr(t.readline()))
    t = _io.TextIOWrapper(_io.BytesIO(b"abc\r"), encoding="ascii")
    print(repr(t.read(10)), repr(t.read(10)))
