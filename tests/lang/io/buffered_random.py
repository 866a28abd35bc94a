# BufferedRandom: reads and writes interleaved on one file.
import _io
from _iohelp import Scratch

with Scratch("buffered_random") as s:
    p = s.path("rw.bin")
    with open(p, "wb") as f:
        f.write(b"abcdefghij" * 3)
    r = _io.BufferedRandom(_io.FileIO(p, "r+"), 4)
    print(r, r.readable(), r.writable(), r.seekable())
    print(r.read(2), r.tell())
    print(r.write(b"XY"), r.tell())
    print(r.read(3), r.tell())
    print(r.peek(1)[:1], r.read1(2), r.tell())
    print(r.seek(0), r.read(12))
    print(r.write(b"__"), r.seek(-2, 1), r.read(4))
    r.seek(0, 2)
    print(r.write(b"END"), r.tell())
    r.seek(0)
    print(r.read())
    print(r.truncate(10), r.tell())
    r.seek(0)
    print(r.read(), r.readline())
    r.close()
    print(open(p, "rb").read())
    with _io.open(p, "r+b") as f:
        print(type(f).__name__, f.read(3), f.write(b"!"), f.read())
    with _io.open(p, "w+b") as f:
        print(f.read(), f.write(b"fresh"), f.seek(0), f.read())
    b = _io.BufferedRandom(_io.BytesIO(b"0123456789"), 3)
    print(b.read(4), b.write(b"ab"), b.read(2), b.seek(0), b.read())
    print(b.raw.getvalue())
