# FileIO: raw reads and writes, positioning, truncate, readinto, repr.
import _io
from _iohelp import Scratch, show

with Scratch("fileio_basic") as s:
    p = s.path("a.bin")
    f = _io.FileIO(p, "w")
    print(f.mode, f.closefd, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write(b"hello\nworld\n"), f.write(bytearray(b"xyz")), f.write(memoryview(b"!!")))
    print(f.tell(), f.seek(0), f.seek(3, 1), f.seek(-2, 2))
    print(f.truncate(5), f.tell(), f.truncate())
    f.close()
    print(f.closed, repr(f))
    f.close()   # a second close is fine
    f = _io.FileIO(p)
    print(f.read(2), f.read(0), f.readall(), f.read(), f.read(10))
    f.seek(1)
    b = bytearray(3)
    print(f.readinto(b), b, f.tell())
    f.seek(0)
    print(f.readline(), f.readlines())
    f.seek(0)
    print(list(f))
    print(type(f.fileno()).__name__, f.isatty())
    f.close()
    with _io.FileIO(p, "r+") as f:
        print(f.mode, f.read(2), f.write(b"ZZ"), f.tell())
        f.seek(0)
        print(f.read())
    print(f.closed)
    with _io.FileIO(p, "a") as f:
        print(f.mode, f.tell(), f.write(b"++"), f.tell())
    with _io.FileIO(p, "rb") as f:
        print(f.readall())
    fd = _io.FileIO(p).fileno()
    g = _io.FileIO(p)
    h = _io.FileIO(g.fileno(), closefd=False)
    print(h.closefd, h.name == g.fileno(), h.mode, h.read(3))
    h.close()
    print(g.closed, g.read(3))
    g.close()
    print(f.__class__.__mro__)
