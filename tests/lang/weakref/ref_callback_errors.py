# exceptions in callbacks are reported as unraisable and do not propagate
import sys
from _weakref import ref
class C:
    pass
def bad(r):
    raise ValueError("boom")
c = C()
r = ref(c, bad)
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stderr = cap
try:
    del c
    print("no exception propagated")
finally:
    sys.stderr = sys.__stderr__
text = "".join(cap.parts)
lines = text.splitlines()
# the first two lines and the last (the traceback body is the traceback tests' business)
for line in lines[:2] + lines[-1:]:
    words = ["ADDR>" if w.startswith("0x") else w for w in line.split(" ")]
    print(" ".join(words))
# a pending exception survives a callback running during cleanup
def cb(r):
    print("callback ran")
def f():
    o = C()
    r2 = ref(o, cb)
    raise KeyError("k")
try:
    f()
except KeyError as e:
    print("caught", repr(e))
