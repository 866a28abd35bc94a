# TextIOWrapper: read(n) larger than _CHUNK_SIZE reads bigger chunks (the
# bytes-per-character ratio sizes them), and tell() cookies after such
# reads and after a \r\n split at the end of a chunk.
from _iohelp import Scratch

with Scratch("textio_large_reads") as s:
    p = s.path("big.txt")
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(("é" * 50 + "\r\n") * 400)
    f = open(p, encoding="utf-8")
    print(len(f.read(20000)), f.tell(), len(f.read(3)), f.tell())
    f.seek(0)
    print(len(f.read(9000)), f.tell())
    c = f.tell()
    a = f.read(500)
    f.seek(c)
    print(f.read(500) == a, f.tell())
    f.close()
    f = open(p, encoding="utf-8", newline="")
    print(len(f.read(15001)), f.tell(), repr(f.read(2)), f.tell())
    f._CHUNK_SIZE = 103
    f.seek(0)
    marks = []
    for i in range(5):
        f.read(51)
        marks.append(f.tell())
    print(marks)
    for m in marks:
        f.seek(m)
        print(repr(f.read(3)), end=" ")
    print()
    f.close()
    with open(p, encoding="latin-1") as g:
        print(len(g.read(10000)), g.tell(), len(g.read()))
