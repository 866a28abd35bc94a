# BufferedWriter: data waits in the buffer until it is full, flush() or
# close(); big writes go straight through; seek/tell account for it.
import _io
from _iohelp import Scratch, show

with Scratch("buffered_writer") as s:
    p = s.path("w.bin")
    raw = _io.FileIO(p, "w")
    w = _io.BufferedWriter(raw, 8)
    print(w, w.writable(), w.readable(), w.seekable(), w.mode)
    print(w.write(b"abc"), w.tell(), open(p, "rb").read())
    print(w.write(b"defgh"), open(p, "rb").read())
    print(w.write(b"i"), open(p, "rb").read())
    print(w.write(b"0123456789abcdef"), open(p, "rb").read())
    w.flush()
    print(open(p, "rb").read(), w.tell())
    print(w.seek(2), w.write(b"XY"), w.tell(), w.seek(0, 2), w.write(b"!"))
    w.close()
    print(w.closed, raw.closed, open(p, "rb").read())
    bio = _io.BytesIO()
    w = _io.BufferedWriter(bio, 4)
    print(w.write(bytearray(b"ab")), w.write(memoryview(b"cd")), bio.getvalue())
    print(w.write(b"e"), bio.getvalue())
    print(w.truncate(2), bio.getvalue(), w.tell())
    w.writelines([b"1", b"2"])
    w.flush()
    print(bio.getvalue())
    w = _io.BufferedWriter(_io.FileIO(p, "w"))
    for i in range(3000):
        w.write(b"%d," % i)
    del w
    data = open(p, "rb").read()
    print(len(data), data[-10:])
    with _io.open(p, "wb", buffering=5) as f:
        print(type(f).__name__, f.write(b"hello world"))
    print(open(p, "rb").read())
    with _io.open(p, "ab") as f:
        print(f.tell(), f.write(b"++"), f.tell())
    print(open(p, "rb").read())
