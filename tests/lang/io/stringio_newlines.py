# StringIO newline modes: None translates, '' keeps and splits universally,
# '\n' / '\r' / '\r\n' translate on write and split on that ending only.
import _io

src = "a\nb\rc\r\nd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = _io.StringIO(src, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines, s.tell())
    s.write("x\ny\r")
    print("   ", repr(s.getvalue()), s.newlines)
    s.seek(0)
    print("   ", [s.readline(3) for i in range(3)])
s = _io.StringIO(newline=None)
s.write("a\r")
s.write("\nb")
print(repr(s.getvalue()), s.newlines)
s = _io.StringIO(newline="")
s.write("1\r")
s.write("\n2\r")
s.seek(0)
print(list(s), s.newlines)
