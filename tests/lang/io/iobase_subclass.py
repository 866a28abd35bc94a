# Python subclasses of the io ABCs: a RawIOBase with only readinto() works
# under BufferedReader and TextIOWrapper; IOBase's default methods.
import io

class Source(io.RawIOBase):
    def __init__(self, data, step):
        self.data = data
        self.pos = 0
        self.step = step
        self.calls = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.calls += 1
        n = min(len(b), self.step, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

src = Source(b"alpha\nbeta\ngamma\n", 3)
print(src.read(4), src.read(), src.read(), src.closed)
src = Source(b"alpha\nbeta\ngamma\n", 3)
print(src.readline(), src.readlines())
src = Source(b"alpha\nbeta\ngamma\n", 3)
print(list(src))
src = Source(b"x" * 100, 7)
print(len(src.readall()), src.calls)
br = io.BufferedReader(Source(b"line one\nline two\n", 5), 4)
print(br.read(3), br.readline(), br.read())
t = io.TextIOWrapper(io.BufferedReader(Source("é\nü\n".encode(), 1)), encoding="utf-8")
print(t.readlines())

class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

sink = Sink()
w = io.BufferedWriter(sink, 4)
w.write(b"ab")
w.write(b"cdefgh")
w.flush()
print(sink.chunks)
tw = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="ascii", newline="\r\n")
tw.write("a\nb")
tw.flush()
print(tw.buffer.raw.chunks)

class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else b""

L = Lines([b"1\n", b"2\n"])
print(list(L), L.closed, L.readable(), L.writable(), L.seekable(), L.isatty())
with Lines([b"x"]) as L2:
    print(L2.readlines())
print(L2.closed)
for name in ["fileno", "seek", "truncate", "tell"]:
    try:
        getattr(L2, name)(*(() if name != "seek" else (0,)))
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    L2.__enter__()
except ValueError as e:
    print("enter", e)

class Counted(io.StringIO):
    closes = 0
    def close(self):
        Counted.closes += 1
        super().close()
c = Counted("abc")
del c
print("close on dealloc", Counted.closes)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.StringIO, io.TextIOBase), issubclass(io.TextIOWrapper, io.IOBase),
      isinstance(io.BytesIO(), io.IOBase), issubclass(io.BufferedRandom, io.BufferedIOBase))
