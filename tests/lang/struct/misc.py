# Buffer exports during iter_unpack, pascal strings, bool bytes, subnormal half floats, empty formats.
import struct
ba = bytearray(8)
it = struct.iter_unpack('i', ba)
try:
    ba.append(1)
except Exception as e: print(type(e).__name__, e)
print(list(it)); ba.append(1); print(len(ba))
print(struct.unpack('3p', b'\x05ab'), struct.unpack('1p', b'\x05'), struct.pack('1p', b'abc'), struct.pack('0p', b''))
print(struct.pack('<?', 5), struct.unpack('<?', b'\x05'))
s = struct.Struct('i')
print(s.unpack_from(memoryview(b'\x00\x01\x02\x03\x04\x05\x06\x07')[2:], 1))
print(struct.pack('e', 5.960464477539063e-08), struct.pack('e', 2.980232238769531e-08), struct.pack('e', 2.9802322387695312e-08*1.5))
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x03'), struct.unpack('<e', b'\xff\x7b'))
print(struct.pack('>e', -0.0), struct.pack('>e', float('-nan')), struct.pack('>e', float('-inf')))
print(struct.calcsize('0x'), struct.pack('0x'), struct.unpack('', b''))
