# BytesIO: reading, writing past the end, lines, seek/tell/truncate, getbuffer.
import _io
from _iohelp import show

b = _io.BytesIO(b"hello\nworld\nlast")
print(b.read(2), b.read1(3), b.readline(), b.tell())
print(b.readline(3), b.readline(-1), b.readline(), b.read())
b.seek(0)
print(b.readlines(), b.seek(0), b.readlines(7), b.readlines(None))
b.seek(0)
print(list(b), next(iter(b), "end"))
b = _io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"fg")), b.getvalue())
print(b.seek(10), b.write(b"Z"), b.getvalue(), b.tell())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
print(b.truncate(4), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
b.seek(1)
ba = bytearray(2)
print(b.readinto(ba), ba, b.readinto(bytearray(10)), b.readinto(bytearray(1)))
b.writelines([b"1", b"22", bytearray(b"333")])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
m = b.getbuffer()
print(len(m), bytes(m), m.readonly)
m[0] = ord("Q")
print(b.getvalue())
show("write while exported", b.write, b"x")
show("truncate while exported", b.truncate, 0)
show("close while exported", b.close)
del m
print(b.write(b"!"), b.getvalue())
b = _io.BytesIO(initial_bytes=b"kw")
print(b.read(), _io.BytesIO(None).getvalue(), _io.BytesIO(bytearray(b"ba")).read())
b.__init__(b"again")
print(b.read(), b.tell())
print(isinstance(b, _io._BufferedIOBase), _io.BytesIO.__mro__)
class Sub(_io.BytesIO):
    def extra(self):
        return self.getvalue()[::-1]
s = Sub(b"abc")
s.attr = 5
print(s.extra(), s.read(1), s.attr, s.__dict__)
