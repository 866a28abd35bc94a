# Standard library modules that need io: linecache, tokenize, traceback
# (print_exc output), json and pickle over real files.
import io, os, sys, linecache, tokenize, traceback, json, pickle
from _iohelp import Scratch

me = os.path.abspath(__file__)
print(repr(linecache.getline(me, 1)))
print(len(linecache.getlines(me)) > 10)
with tokenize.open(me) as f:
    print(type(f).__name__, f.encoding, f.readline().startswith("# Standard"))
with open(me, "rb") as f:
    toks = list(tokenize.tokenize(f.readline))
print(toks[0].string, tokenize.tok_name[toks[1].type], toks[1].string)
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx=1\n").readline))

def fail(n):
    if n == 0:
        raise KeyError("deep")
    fail(n - 1)

try:
    fail(2)
except KeyError:
    traceback.print_exc(file=sys.stdout)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == traceback.format_exc())
try:
    fail(0)
except KeyError:
    traceback.print_exc()

with Scratch("stdlib_users") as s:
    p = s.path("d.json")
    with open(p, "w") as f:
        json.dump({"a": [1, 2.5, "é"], "b": None}, f)
    with open(p) as f:
        print(json.load(f))
    p = s.path("d.pkl")
    with open(p, "wb") as f:
        pickle.dump({"k": (1, 2), "s": {3}}, f)
    with open(p, "rb") as f:
        print(pickle.load(f))
