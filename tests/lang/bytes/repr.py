def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for b in [b'', b'abc', b"'", b'"', b'\'"', b'\\', b'\t\n\r', b'\x00\x1f\x7f\x80\xff', bytes(range(0, 256, 17))]:
    print(repr(b), repr(bytearray(b)), str(b))
class BA(bytearray):
    pass
print(repr(BA(b'x')), repr(bytearray()))
