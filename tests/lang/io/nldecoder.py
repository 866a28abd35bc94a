# IncrementalNewlineDecoder on its own and around a codec's decoder.
import _io, codecs
from _iohelp import show

d = _io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\rc", final=True)), d.newlines,
      d.getstate())
show("bytes input", d.decode, b"x")
show("no args", _io.IncrementalNewlineDecoder)
show("one arg", _io.IncrementalNewlineDecoder, None)
d = _io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), False)
print(repr(d.decode(b"a\r\xc3")), d.getstate(), repr(d.decode(b"\xa9\r\n")), d.newlines)
d.setstate((b"", 1))
print(repr(d.decode(b"x")))
d.reset()
print(d.getstate(), d.newlines)
show("setstate int", d.setstate, 5)
show("setstate short", d.setstate, (b"",))
class Bad:
    def decode(self, i, final=False):
        return b"x"
show("bad decoder", _io.IncrementalNewlineDecoder(Bad(), True).decode, b"a")
d = _io.IncrementalNewlineDecoder(None, False)
d.decode("a\r\n\r")
print(d.newlines)
d.decode("x", True)
print(d.newlines, d.getstate())
for text in ["\n", "\r", "\r\n", "a\nb\r", "x\r\ny\nz\r"]:
    d = _io.IncrementalNewlineDecoder(None, True)
    print(repr(text), repr(d.decode(text, final=True)), d.newlines)
print(_io.IncrementalNewlineDecoder.__mro__)
