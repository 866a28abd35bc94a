# marshal.dump / marshal.load with file-like objects
import marshal

class Sink:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

class Source:
    """read() and readinto() over a bytes object, as load() needs."""
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0
    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        r = self.data[self.pos:self.pos + n]
        self.pos += len(r)
        return r
    def readinto(self, buf):
        self.calls += 1
        r = self.read(len(buf))
        buf[:len(r)] = r
        return len(r)

sink = Sink()
values = [1, 'two', (3.0, [4, {5: 6}]), {7, 8}, b'nine', None]
for v in values:
    print(marshal.dump(v, sink))
for v in values:
    print(marshal.dump(v, sink, 2))
data = b''.join(sink.chunks)
print(len(sink.chunks), data.hex())
src = Source(data)
out = []
for _ in range(2 * len(values)):
    out.append(marshal.load(src))
print(out)
print(src.pos == len(data), src.calls > 0)
try:
    marshal.load(src)
except EOFError as e:
    print(type(e).__name__, e)
src = Source(marshal.dumps([1, 2, 3])[:-2])
try:
    marshal.load(src)
except EOFError as e:
    print(type(e).__name__, e)

class TextSource:
    def read(self, n):
        return 'text'
try:
    marshal.load(TextSource())
except TypeError as e:
    print(type(e).__name__, e)

class Greedy(Source):
    def readinto(self, buf):
        return len(buf) + 1
try:
    marshal.load(Greedy(b'i\x01\x00\x00\x00'))
except (ValueError, EOFError) as e:
    print(type(e).__name__, e)
try:
    marshal.load(object())
except AttributeError as e:
    print(type(e).__name__)
try:
    marshal.dump(1, object())
except AttributeError as e:
    print(type(e).__name__)
try:
    marshal.dump(object(), Sink())
except ValueError as e:
    print(type(e).__name__, e)
