# Buffered objects: closed, detached, wrong-direction and bad-argument errors.
import _io
from _iohelp import Scratch, show

with Scratch("buffered_errors") as s:
    p = s.path("e.bin")
    open(p, "wb").write(b"abc\ndef\n")
    r = _io.BufferedReader(_io.FileIO(p))
    show("read -2", r.read, -2)
    show("seek whence 7", r.seek, 0, 7)
    show("seek whence -1", r.seek, 0, -1)
    show("seek float", r.seek, 1.5)
    show("truncate", r.truncate)
    show("write", r.write, b"x")
    show("read1 neg", r.read1, -5)
    show("readline neg", r.readline, -5)
    show("reduce", r.__reduce_ex__, 4)
    r.close()
    for m in ["read", "read1", "peek", "readline", "seek", "tell", "flush", "detach", "fileno",
              "isatty", "readable", "writable", "seekable", "truncate", "readinto"]:
        a = (0,) if m in ("seek", "truncate") else (bytearray(1),) if m == "readinto" else ()
        show(m, getattr(r, m), *a)
    show("iter", iter, r)
    show("next", next, r)
    show("not readable", _io.BufferedReader, _io.FileIO(p, "w"))
    show("size 0", _io.BufferedReader, _io.FileIO(p), 0)
    show("size -1", _io.BufferedReader, _io.FileIO(p), -1)
    show("not writable", _io.BufferedWriter, _io.FileIO(p))
    show("random not writable", _io.BufferedRandom, _io.FileIO(p))
    r = _io.BufferedReader(_io.FileIO(p))
    raw = r.detach()
    print(raw, raw.closed)
    for m in ["read", "peek", "readline", "seek", "tell", "flush", "detach", "fileno",
              "isatty", "readable", "close"]:
        show(m, getattr(r, m), *((0,) if m == "seek" else ()))
    show("closed", getattr, r, "closed")
    show("name", getattr, r, "name")
    show("raw", getattr, r, "raw")
    show("repr", repr, r)
    raw.close()
    w = _io.BufferedWriter(_io.FileIO(p, "w"))
    w.close()
    for m in ["write", "flush", "seek", "tell", "truncate"]:
        show(m, getattr(w, m), *((0,) if m == "seek" else (b"x",) if m == "write" else ()))
    w = _io.BufferedWriter(_io.BytesIO())
    show("write str", w.write, "s")
    class R(_io.BufferedReader):
        pass
    print(repr(R(_io.FileIO(p))).replace(s.dir, "<dir>"), repr(_io.BufferedReader(_io.BytesIO(b""))))
