# os.fspath and path argument conversion
import os

class P:
    def __init__(self, v): self.v = v
    def __fspath__(self): return self.v

print(os.fspath("abc"), os.fspath(b"abc"), os.fspath(P("x")), os.fspath(P(b"y")))
print(isinstance(P("x"), os.PathLike), isinstance("x", os.PathLike))
for bad in [1, None, 2.5, [], P(3), P(None)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.fspath()
except TypeError as e:
    print("TypeError", e)
print(os.fspath(path="kw"))

class S(str): pass
print(type(os.fspath(S("s"))).__name__)

# path conversion errors
for f, args in [(os.stat, [1.5]), (os.stat, [None]), (os.mkdir, [3]), (os.listdir, [[]]),
                (os.open, [1.0, 0]), (os.chdir, [None]), (os.unlink, [None]),
                (os.stat, [P(1)]), (os.rmdir, [{}]), (os.scandir, [2.0])]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError", e)
for f, args in [(os.stat, ["a\0b"]), (os.stat, [b"a\0b"]), (os.mkdir, [b"x\0"]),
                (os.listdir, ["q\0"]), (os.open, [b"\0", 0])]:
    try:
        f(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    os.stat(P("no_such_file_fspath"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, type(e.filename).__name__)
