# BytesIO and StringIO survive pickle and copy with position and attributes.
import _io, io, pickle, copy

b = io.BytesIO(b"abcdef")
b.read(2)
b.note = "hi"
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    c = pickle.loads(pickle.dumps(b, proto))
    print(proto, type(c).__name__, c.getvalue(), c.tell(), c.note, c.read())
d = copy.deepcopy(b)
print(d.getvalue(), d.tell(), d.note)
s = io.StringIO("line1\nline2\n", newline=None)
s.readline()
s.tag = [1]
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    t = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(t).__name__, repr(t.getvalue()), t.tell(), t.tag, repr(t.read()))
print(s.__getstate__())
u = io.StringIO("x", newline="\r\n")
print(u.__getstate__(), repr(pickle.loads(pickle.dumps(u)).getvalue()))
