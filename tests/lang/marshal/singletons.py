# marshal of the singletons None, True, False, Ellipsis and StopIteration
import marshal

for v in [None, True, False, ..., StopIteration]:
    for version in range(5):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(repr(v), version, data.hex(), back is v)
print(marshal.version)
# FLAG_REF on a singleton's code is ignored by the reader
for code in [b'\xce', b'\xd4', b'\xc6', b'\xae', b'\xd3']:
    print(code.hex(), marshal.loads(code))
# trailing bytes are ignored
print(marshal.loads(b'Nxyz'), marshal.loads(b'T\x00'))
