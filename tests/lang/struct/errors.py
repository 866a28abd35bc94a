# Error messages of format parsing, buffers, offsets and argument handling.
import struct

def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

for fm in ['4', 'i4', 'z', '<n', '>N', '=P', 'i\0', '4 i', ' i ', 'é', '99999999999999999999i',
           '9223372036854775807i', '9223372036854775807x', '<<i', 'i<', b'i\0', b'\xffi']:
    t(lambda: struct.calcsize(fm))
t(lambda: struct.calcsize(5)); t(lambda: struct.Struct(5)); t(lambda: struct.calcsize([]))
t(lambda: struct.Struct()); t(lambda: struct.Struct('i', 'h')); t(lambda: struct.calcsize())
s = struct.Struct('i')
t(lambda: struct.pack()); t(lambda: struct.pack_into()); t(lambda: struct.pack_into('i'))
t(lambda: struct.pack_into('i', bytearray(4))); t(lambda: struct.pack_into('i', b'1234', 0, 1))
t(lambda: struct.pack_into('i', 'abcd', 0, 1)); t(lambda: struct.pack_into('i', bytearray(4), 'x', 1))
t(lambda: struct.pack_into('i', bytearray(4), 2**70, 1))
t(lambda: struct.pack_into('i', bytearray(4), -2, 1)); t(lambda: struct.pack_into('i', bytearray(4), -5, 1))
t(lambda: struct.pack_into('i', bytearray(6), 3, 1)); t(lambda: struct.pack_into('i', bytearray(4), 0, 1, 2))
t(lambda: struct.unpack('i')); t(lambda: struct.unpack('i', b'123')); t(lambda: struct.unpack('i', b'12345'))
t(lambda: struct.unpack('i', 'abcd')); t(lambda: struct.unpack('2s', b'\x00'))
t(lambda: struct.unpack_from('i')); t(lambda: s.unpack_from()); t(lambda: s.unpack())
t(lambda: s.unpack_from(b'1234', 'x')); t(lambda: s.unpack_from(b'1234', offset=2**70))
t(lambda: s.unpack_from(b'1234', 1)); t(lambda: s.unpack_from(b'1234', -5)); t(lambda: s.unpack_from(b'1234', 0, 1))
t(lambda: s.unpack_from(b'1234', bad=1))
t(lambda: struct.iter_unpack('i')); t(lambda: s.iter_unpack(b'12345')); t(lambda: struct.iter_unpack('', b''))
t(lambda: struct.iter_unpack('i', 5))
t(lambda: type(struct.iter_unpack('i', b''))())
t(lambda: s.pack(1, 2)); t(lambda: s.pack()); t(lambda: s.pack('x'))
t(lambda: s.format.upper()); t(lambda: setattr(s, 'size', 3)); t(lambda: setattr(s, 'format', 'h'))
try:
    struct.pack('h', 99999)
except struct.error as e:
    print('caught struct.error', e.args)
