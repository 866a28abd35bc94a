# TextIOWrapper writing: newline translation, line_buffering,
# write_through, pending text flushed by flush()/close()/read().
import _io
from _iohelp import Scratch, show

with Scratch("textio_write") as s:
    p = s.path("w.txt")
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(p, "w", encoding="utf-8", newline=nl) as f:
            print(repr(nl), f.write("a\nb\r\nc\rd"), f.write("é\n"))
        print("   ", open(p, "rb").read())
    b = _io.BytesIO()
    t = _io.TextIOWrapper(b, encoding="utf-8")
    t.write("pending")
    print(b.getvalue())
    t.flush()
    print(b.getvalue())
    b = _io.BytesIO()
    t = _io.TextIOWrapper(b, encoding="utf-8", line_buffering=True)
    t.write("no newline")
    print(b.getvalue(), t.line_buffering)
    t.write(" then\n")
    print(b.getvalue())
    t.write("cr\r")
    print(b.getvalue())
    b = _io.BytesIO()
    t = _io.TextIOWrapper(b, encoding="utf-8", write_through=True)
    t.write("wt")
    print(b.getvalue(), t.write_through)
    raw = _io.BytesIO()
    buf = _io.BufferedWriter(raw, 4)
    t = _io.TextIOWrapper(buf, encoding="latin-1")
    t.write("x" * 10)
    print(raw.getvalue())
    t.write("y" * 9000)
    print(len(raw.getvalue()))
    t.close()
    print(len(raw.getvalue()) if not raw.closed else "raw closed", buf.closed)
    with open(p, "w+", encoding="utf-8") as f:
        f.write("hello\nworld\n")
        f.seek(0)
        print(repr(f.read()), f.tell())
        f.write("more")
        f.seek(0)
        print(repr(f.read()))
    with open(p, "a", encoding="utf-8") as f:
        print(f.tell(), f.write("++"))
    print(open(p, "rb").read())
    with open(p, "w", encoding="utf-8") as f:
        f.writelines(["1\n", "2\n"])
        print(f.writable(), f.readable(), f.seekable())
    print(open(p).read().split())
    f = open(p, "w", encoding="utf-8")
    f.write("unflushed text")
    del f
    print(open(p).read())
