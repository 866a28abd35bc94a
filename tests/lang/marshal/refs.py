# the reference mechanism of versions >= 3: FLAG_REF on objects that may be
# shared (reference count > 1, or interned strings) and TYPE_REF back-references
import marshal, sys

shared = [1, 2]
s = 'not interned!'
big = 2 ** 70
v = [shared, shared, s, s, big, big, (shared, s)]
for version in range(5):
    data = marshal.dumps(v, version)
    back = marshal.loads(data)
    print(version, data.hex())
    print(back == v, back[0] is back[1], back[2] is back[3], back[4] is back[5], back[6][0] is back[0])
# objects held only by their container get no FLAG_REF
print(marshal.dumps([[1], [2], (3,)]).hex())
print(marshal.dumps([''.join(['a', 'b']), 'c' + str(1)]).hex())
# interned strings always get FLAG_REF
print(marshal.dumps([sys.intern(''.join(['in', 'tern']))]).hex())
# a list that contains itself
a = [1]
a.append(a)
data = marshal.dumps(a)
print(data.hex())
b = marshal.loads(data)
print(b[1] is b, b[0])
d = {}
d['self'] = d
back = marshal.loads(marshal.dumps(d))
print(back['self'] is back)
# references written by hand
print(marshal.loads(b'[\x02\x00\x00\x00\xe9\x05\x00\x00\x00r\x00\x00\x00\x00'))
print(marshal.loads(b'\xdb\x02\x00\x00\x00r\x00\x00\x00\x00N'))
x = marshal.loads(b'\xa9\x01r\x00\x00\x00\x00')
print(type(x).__name__, len(x), x[0] is x)
