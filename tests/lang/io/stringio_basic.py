# StringIO: reading, writing at any position, lines, seek/tell/truncate.
import _io
from _iohelp import show

s = _io.StringIO("héllo\nwörld\n€nd")
print(repr(s.read(3)), repr(s.readline()), s.tell(), repr(s.readline(2)), repr(s.read()))
s.seek(0)
print(s.readlines(), s.seek(0), s.readlines(8))
s.seek(0)
print(list(s))
s = _io.StringIO()
print(s.write("abc"), s.write(""), s.write("\U0001f600"), s.tell(), repr(s.getvalue()))
print(s.seek(10), s.write("Z"), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(2), s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(0), repr(s.getvalue()), s.tell())
s.seek(0)
s.writelines(["a", "b", "c"])
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.isatty(), s.flush())
print(s.line_buffering, s.encoding, s.errors, s.newlines, s.closed)
s = _io.StringIO("abc")
s.seek(1)
s.write("XYZW")
print(repr(s.getvalue()), s.tell(), repr(s.read()))
print(repr(_io.StringIO(None).getvalue()), repr(_io.StringIO(initial_value="kw").read()))
print(isinstance(s, _io._TextIOBase), _io.StringIO.__mro__)
class Sub(_io.StringIO):
    def readline(self, *a):
        return super().readline(*a).upper()
print(list(Sub("a\nb\n")))
t = _io.StringIO("x")
t.close()
print(t.closed)
show("read closed", t.read)
big = _io.StringIO()
for i in range(1000):
    big.write("line %d\n" % i)
print(len(big.getvalue()), big.getvalue()[-10:].split())
