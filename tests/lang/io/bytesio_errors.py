# BytesIO: error paths with CPython's messages, closed state, __setstate__.
import _io
from _iohelp import show

b = _io.BytesIO(b"hello")
show("seek neg", b.seek, -1)
show("seek whence", b.seek, 0, 3)
show("seek float", b.seek, 1.0)
show("truncate neg", b.truncate, -1)
show("truncate str", b.truncate, "a")
show("write str", b.write, "s")
show("read str", b.read, "x")
show("readline float", b.readline, 2.5)
show("readlines str", b.readlines, "a")
show("readinto bytes", b.readinto, b"aa")
show("writelines ints", b.writelines, [1])
show("init str", _io.BytesIO, "abc")
show("init two", _io.BytesIO, b"", 1)
show("init kw", _io.BytesIO, foo=1)
show("state", b.__getstate__)
c = _io.BytesIO()
show("setstate", c.__setstate__, (b"xyz", 1, None))
print(c.read())
show("setstate neg", c.__setstate__, (b"xyz", -1, None))
show("setstate int", c.__setstate__, 1)
show("setstate str", c.__setstate__, ("a", 1, None))
show("setstate dict", c.__setstate__, (b"a", 1, 2))
show("setstate pos", c.__setstate__, (b"a", "x", None))
b.close()
print(b.closed)
for name in ["read", "read1", "readline", "readlines", "getvalue", "getbuffer", "tell", "seek",
             "truncate", "write", "writelines", "readable", "writable", "seekable", "isatty",
             "flush", "readinto", "__getstate__"]:
    args = (0,) if name == "seek" else (b"x",) if name == "write" else ([],) if name == "writelines" else (bytearray(1),) if name == "readinto" else ()
    show(name, getattr(b, name), *args)
show("next", next, b)
show("close again", b.close)
show("enter", b.__enter__)
