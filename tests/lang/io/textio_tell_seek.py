# TextIOWrapper tell()/seek() cookies: multi-byte characters across chunk
# borders, a pending \r, seeking back to a cookie and reading the same text.
import _io
from _iohelp import Scratch, show

with Scratch("textio_tell_seek") as s:
    p = s.path("c.txt")
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write("aé\nb€c\r\nd" * 3 + "\U0001f600z")
    for chunk in [3, 4, 5, 7, 8192]:
        f = open(p, encoding="utf-8")
        f._CHUNK_SIZE = chunk
        cookies = []
        out = []
        while True:
            c = f.tell()
            ch = f.read(1)
            if not ch:
                break
            cookies.append(c)
            out.append(ch)
        print(chunk, cookies)
        again = []
        for c in cookies:
            f.seek(c)
            again.append(f.read(1))
        print("   ", again == out, repr("".join(out)))
        f.seek(cookies[5])
        print("   ", repr(f.readline()), f.tell())
        f.close()
    f = open(p, encoding="utf-8")
    print(f.readline(), f.tell(), f.seek(0, 1), f.seek(0, 2), repr(f.read()), f.seek(0), f.read(2))
    show("cur nonzero", f.seek, 1, 1)
    show("end nonzero", f.seek, 1, 2)
    show("bad whence", f.seek, 0, 3)
    show("negative", f.seek, -1)
    show("str cookie", f.seek, "a")
    f.seek(0)
    next(f)
    show("tell in iteration", f.tell)
    for line in f:
        pass
    print(f.tell())
    f.close()
    t = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO(b"abc")), encoding="utf-8")
    print(t.seekable(), t.tell(), t.read(1), t.tell())
