# BufferedReader over FileIO and over BytesIO: read/read1/peek/readline,
# seeks inside and outside the buffer, small buffer sizes.
import _io
from _iohelp import Scratch, show

with Scratch("buffered_reader") as s:
    p = s.path("r.bin")
    with open(p, "wb") as f:
        f.write(b"".join(b"line %03d\n" % i for i in range(200)))
    r = _io.BufferedReader(_io.FileIO(p), 16)
    print(r, r.name, r.mode, r.raw, r.closed, r.readable(), r.writable(), r.seekable())
    print(r.read(3), r.peek(1)[:1], r.read1(2), r.read1(100), r.tell())
    print(r.readline(), r.readline(4), r.readline(-1), r.tell())
    print(r.read(40), r.tell())
    print(r.seek(5), r.read(4), r.seek(2, 1), r.read(4), r.seek(-9, 2), r.read(), r.read(), r.tell())
    r.seek(0)
    print(len(r.readlines()), r.tell())
    r.seek(100)
    b = bytearray(7)
    print(r.readinto(b), b, r.readinto1(b), b)
    r.seek(0)
    n = 0
    for line in r:
        n += 1
    print(n, line)
    r.seek(1790)
    print(r.read(), r.read(5), r.peek(), r.read1())
    r.close()
    print(r.closed, r.raw.closed, repr(r))
    r = _io.BufferedReader(_io.BytesIO(b"abc\ndef\nghi"), 2)
    print(r, r.read1(), r.read1(1), r.peek(10), r.read(), r.read(), r.read(0))
    r.seek(0)
    print(r.read(-1), r.tell())
    r = _io.BufferedReader(_io.BytesIO(b"x" * 20000))
    print(len(r.read(10000)), len(r.read1(50000)), len(r.read()), r.tell())
    r = _io.BufferedReader(raw=_io.BytesIO(b"kw"), buffer_size=3)
    print(r.read())
    with _io.open(p, "rb") as f:
        print(type(f).__name__, f.read(9), f.readline())
    print(f.closed)
