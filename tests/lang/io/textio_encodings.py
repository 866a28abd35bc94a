# TextIOWrapper with several encodings and error handlers, BOMs of
# utf-16/utf-32, and a codec that lives in the stdlib's encodings package.
import _io
from _iohelp import Scratch, show

text = "naïve café – ok\n"
with Scratch("textio_encodings") as s:
    p = s.path("e.txt")
    for enc in ["utf-8", "utf-8-sig", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
                "utf-32", "cp1252", "iso8859_15", "UTF8", "ascii"]:
        try:
            with open(p, "w", encoding=enc) as f:
                f.write(text)
                f.write(text)
        except UnicodeEncodeError as e:
            print(enc, "UnicodeEncodeError", e.start, e.end, e.reason)
            continue
        raw = open(p, "rb").read()
        with open(p, encoding=enc) as f:
            back = f.read()
            print(enc, f.encoding, len(raw), raw[:6], back == text * 2)
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace",
                   "namereplace"]:
        try:
            with open(p, "w", encoding="ascii", errors=errors) as f:
                f.write("é€x\n")
                print(errors, f.errors)
        except UnicodeEncodeError as e:
            print(errors, "UnicodeEncodeError", e.reason)
        print("   ", open(p, "rb").read())
    with open(p, "wb") as f:
        f.write(b"ok \xff\xfe bad\n")
    for errors in ["strict", "replace", "ignore", "surrogateescape", "backslashreplace"]:
        try:
            with open(p, encoding="utf-8", errors=errors) as f:
                print(errors, ascii(f.read()))
        except UnicodeDecodeError as e:
            print(errors, "UnicodeDecodeError", e.start, e.end, e.reason)
    with open(p, "w", encoding="utf-16") as f:
        f.write("ab")
        f.seek(0)
        f.write("cd")
    print(open(p, "rb").read())
    with open(p, "a", encoding="utf-16") as f:
        f.write("Z")
    print(open(p, "rb").read(), repr(open(p, encoding="utf-16").read()))
    show("unknown", open, p, encoding="no-such-codec")
    show("not text", open, p, encoding="hex")
    show("rot13 is str-to-str", open, p, encoding="rot13")
