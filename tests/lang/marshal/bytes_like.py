# marshal of bytes and of other bytes-like objects (written as bytes)
import marshal

class B(bytes):
    pass

for v in [b'', b'a', b'\x00\xff' * 3, bytes(range(256)), bytearray(b'xyz'),
          bytearray(), memoryview(b'view'), B(b'sub')]:
    for version in (0, 3, 4):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(type(v).__name__, version, data.hex()[:80], type(back).__name__, back == bytes(v))
print(marshal.dumps([bytearray(b'a'), bytearray(b'a')]).hex())
# loads accepts any bytes-like object
print(marshal.loads(bytearray(b'i\x07\x00\x00\x00')), marshal.loads(memoryview(b'N')))
