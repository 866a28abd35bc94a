# marshal.dump / marshal.load through io.BytesIO: several objects in a row,
# the position after each load, and the end of the data
import io
import marshal

buf = io.BytesIO()
values = [[1, 'a'], 2.5, {'k': (None, b'v')}, 'é' * 3, 2**100, frozenset([1, 2])]
for v in values:
    marshal.dump(v, buf)
marshal.dump(values, buf, 0)
print(buf.tell(), buf.getvalue() == b''.join(marshal.dumps(v) for v in values) + marshal.dumps(values, 0))
buf.seek(0)
for _ in range(len(values) + 1):
    v = marshal.load(buf)
    print(repr(v)[:60], buf.tell())
try:
    marshal.load(buf)
except EOFError as e:
    print(type(e).__name__, e)
cut = io.BytesIO(marshal.dumps(('abc', 'defgh'))[:-3])
try:
    marshal.load(cut)
except EOFError as e:
    print(type(e).__name__, e)
try:
    marshal.load(io.StringIO('text'))
except TypeError as e:
    print(type(e).__name__, e)
