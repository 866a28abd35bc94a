# close() of layered streams: a flush error wins; a close error gets it as __context__
import io
class Raw(io.RawIOBase):
    def writable(self): return True
    def write(self, b): raise OSError("write failed")
    def close(self):
        super().close()
        raise ValueError("close failed")
for wrap in (lambda r: io.BufferedWriter(r), lambda r: io.TextIOWrapper(io.BufferedWriter(r))):
    f = wrap(Raw())
    f.write(b"x" if isinstance(f, io.BufferedWriter) else "x")
    try:
        f.close()
    except Exception as e:
        print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
    print(f.closed)
class Raw2(Raw):
    def write(self, b): return len(b)
for wrap in (lambda r: io.BufferedWriter(r), lambda r: io.TextIOWrapper(io.BufferedWriter(r))):
    f = wrap(Raw2())
    try:
        f.close()
    except Exception as e:
        print(type(e).__name__, e, "| context:", e.__context__)
class Raw3(Raw):
    def close(self): io.RawIOBase.close(self)
for wrap in (lambda r: io.BufferedWriter(r), lambda r: io.TextIOWrapper(io.BufferedWriter(r))):
    f = wrap(Raw3())
    f.write(b"x" if isinstance(f, io.BufferedWriter) else "x")
    try:
        f.close()
    except Exception as e:
        print(type(e).__name__, e, "| context:", e.__context__)
