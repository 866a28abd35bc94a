# Struct objects, pack_into/unpack_from (offsets), iter_unpack, the cache.
import struct

s = struct.Struct('<ih')
print(s.format, s.size, type(s).__name__, type(s.format))
print(struct.Struct(b'>q').format, struct.Struct(format='i').size)
b = s.pack(1, 2)
print(b, s.unpack(b), s.unpack(bytearray(b)), s.unpack(memoryview(b)))
buf = bytearray(12)
s.pack_into(buf, 2, 7, 8)
print(buf)
s.pack_into(buf, -6, 9, 10)
print(buf)
struct.pack_into('>h', buf, 0, -1)
print(buf, struct.unpack_from('<ih', buf, 2), struct.unpack_from('<ih', buf, offset=6))
print(s.unpack_from(buf), s.unpack_from(buf, -6), s.unpack_from(buffer=buf, offset=1))
mv = memoryview(buf)
struct.pack_into('B', mv, 11, 255)
print(buf[11], struct.unpack_from('B', mv, -1))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 2)))
print(list(struct.iter_unpack('i', b'')))
print(struct.calcsize('i') == struct.Struct('i').size)
struct._clearcache()
print(struct.pack('i', 5) == struct.pack(b'i', 5))

class MyStruct(struct.Struct):
    def __init__(self, fmt):
        super().__init__(fmt)
        self.extra = 1
m = MyStruct('>H')
print(m.pack(258), m.extra, isinstance(m, struct.Struct))
s2 = struct.Struct('i')
s2.__init__('>h')
print(s2.format, s2.size, s2.pack(1))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
print(sorted(n for n in dir(struct) if not n.startswith('__')))
print(struct.__doc__.splitlines()[0])
import weakref
r = weakref.ref(s)
print(r() is s)
