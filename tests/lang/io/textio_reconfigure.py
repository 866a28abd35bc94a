# TextIOWrapper.reconfigure(): encoding, errors, newline, line_buffering,
# write_through; its errors.
import _io
from _iohelp import show

b = _io.BytesIO()
t = _io.TextIOWrapper(b, encoding="utf-8")
t.write("é\n")
t.reconfigure(encoding="latin-1")
print(t.encoding, t.errors)
t.write("é\n")
t.reconfigure(errors="replace")
t.write("€\n")
t.reconfigure(newline="\r\n", line_buffering=True)
t.write("x\ny")
print(b.getvalue(), t.line_buffering)
t.reconfigure(write_through=True, line_buffering=False)
t.write("z")
print(b.getvalue(), t.write_through, t.line_buffering)
show("bad kw", t.reconfigure, foo=1)
show("newline int", t.reconfigure, newline=5)
show("newline bad", t.reconfigure, newline="x")
show("encoding int", t.reconfigure, encoding=5)
show("unknown", t.reconfigure, encoding="nope")
print(t.encoding)
r = _io.TextIOWrapper(_io.BytesIO(b"abc\ndef\n"), encoding="utf-8")
r.readline()
show("after read", r.reconfigure, encoding="ascii")
print(r.reconfigure(line_buffering=True), r.line_buffering)
