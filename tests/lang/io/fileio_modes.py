# FileIO mode strings: x/w/a/r with and without '+', and what each allows.
import _io, os
from _iohelp import Scratch, show

with Scratch("fileio_modes") as s:
    p = s.path("m.bin")
    for mode in ["x", "w", "a", "r", "x+", "w+", "a+", "r+", "xb", "rb+", "ab+", "wb"]:
        if mode.startswith("x") and os.path.exists(p):
            os.remove(p)
        try:
            f = _io.FileIO(p, mode)
        except Exception as e:
            print(mode, type(e).__name__, e.errno)
            continue
        print(mode, f.mode, f.readable(), f.writable(), f.seekable(), f.tell())
        if f.writable():
            f.write(mode.encode() + b";")
        if f.readable():
            f.seek(0)
            print("  read", f.read())
        f.close()
    try:
        _io.FileIO(p, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    print(open(p, "rb").read())
