# Lines with non-ASCII and astral characters, \r\n split across chunk
# borders, and reading a file line by line with tell() in between.
import _io
from _iohelp import Scratch

lines = ["ascii\r\n", "ünïcödé\r\n", "\U0001f600\U0001f601\r", "日本語\n", "\r\n", "end"]
with Scratch("unicode_lines") as s:
    p = s.path("u.txt")
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write("".join(lines))
    for chunk in [1, 2, 3, 5, 6, 100]:
        with open(p, encoding="utf-8", newline="") as f:
            f._CHUNK_SIZE = chunk
            got = []
            while True:
                pos = f.tell()
                line = f.readline()
                if not line:
                    break
                got.append((pos, line))
            print(chunk, [g[1] for g in got] == lines, [g[0] for g in got])
            for pos, line in got:
                f.seek(pos)
                assert f.readline() == line
        with open(p, encoding="utf-8") as f:
            f._CHUNK_SIZE = chunk
            print("   ", list(f), f.newlines)
    for enc in ["utf-16", "utf-32"]:
        with open(p, encoding=enc, errors="replace") as f:
            try:
                f.read()
            except UnicodeError as e:
                print(type(e).__name__, e)
    with open(p, encoding="latin-1") as f:
        print(ascii(f.read(12)))
