# TextIOWrapper argument errors and closed/detached states.
import _io
from _iohelp import show

B = lambda: _io.BytesIO(b"ab\r\ncd\ref\ngh")
show("encoding int", _io.TextIOWrapper, B(), encoding=5)
show("errors int", _io.TextIOWrapper, B(), errors=5)
show("newline int", _io.TextIOWrapper, B(), newline=5)
show("newline bad", _io.TextIOWrapper, B(), newline="x")
show("unknown enc", _io.TextIOWrapper, B(), encoding="xyz")
show("no args", _io.TextIOWrapper)
w = _io.TextIOWrapper(B(), encoding="utf-8")
print(repr(w))
w.mode = "r"
print(repr(w), w.encoding, w.errors, w.line_buffering, w.write_through, w.newlines, w._CHUNK_SIZE)
show("write bytes", w.write, b"x")
show("read str", w.read, "a")
show("read float", w.read, 1.5)
show("readline None", w.readline, None)
show("chunk 0", setattr, w, "_CHUNK_SIZE", 0)
show("chunk str", setattr, w, "_CHUNK_SIZE", "a")
print(repr(w.read()), w.newlines, w.tell())
show("name", getattr, _io.TextIOWrapper(_io.BytesIO()), "name")
r = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO(b"x")))
show("write not writable", r.write, "a")
r = _io.TextIOWrapper(_io.BufferedWriter(_io.BytesIO()))
show("read not readable", r.read)
show("readline not readable", r.readline)
w = _io.TextIOWrapper(B())
b = w.detach()
print(type(b).__name__)
for name in ["read", "readline", "write", "tell", "seek", "flush", "close", "fileno",
             "detach", "truncate", "readable"]:
    args = ("x",) if name == "write" else (0,) if name == "seek" else ()
    show(name, getattr(w, name), *args)
show("closed", getattr, w, "closed")
show("buffer", getattr, w, "buffer")
show("newlines", getattr, w, "newlines")
w = _io.TextIOWrapper(B())
w.close()
w.close()
for name in ["read", "readline", "write", "tell", "seek", "flush", "fileno", "truncate",
             "detach"]:
    args = ("x",) if name == "write" else (0,) if name == "seek" else ()
    show(name, getattr(w, name), *args)
show("next", next, w)
show("iter", iter, w)
print(w.closed)
class T(_io.TextIOWrapper):
    pass
print(repr(T(B(), encoding="ascii")))
