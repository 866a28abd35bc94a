# calcsize, native alignment, byte orders, repeat counts, whitespace.
import struct

fmts = ['', 'i', 'ih', 'hi', 'cq', 'c0l', 'c0q', '?e', 'bd', '3sq', 'xi', 'ixi', '2p3si', 'P?n',
        'bhilqnN', 'cbBhHiIlLqQ?efdP', '10s', '10p', '0s', '5x', '3i2h', ' i  h ', 'i\th\n',
        '0i', 'b0i', 'llh0l', '100c']
for f in fmts:
    sizes = [struct.calcsize(f)]
    for bo in '=<>!':
        if 'P' in f or 'n' in f or 'N' in f:
            sizes.append(None)
        else:
            sizes.append(struct.calcsize(bo + f))
    print(repr(f), sizes)

vals = (1, -2, 3, -4, 5, 6, 7, 8, True, 1.5, 2.5, 3.5)
for bo in '@=<>!':
    f = bo + 'bhilqBHILQ?efd'
    b = struct.pack(f, 1, -2, 3, -4, 5, 6, 7, 8, 9, 10, True, 1.5, 2.5, 3.5)
    print(bo, len(b), b.hex())
    print(struct.unpack(f, b))
print(struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('<hq', 1, 2))
print(struct.pack('3i', 1, 2, 3), struct.pack('>3h2b', 1, 2, 3, 4, 5))
print(struct.unpack('2s3p', b'ab\x02cd'), struct.unpack('5p', b'\x09abcd'))
print(struct.unpack('?2?', b'\x00\x01\x02'), struct.unpack('c3x2c', b'a___bc'))
print(struct.unpack('>bBhH', b'\xff\xff\xff\xff\xff\xff'))
print(struct.unpack('<iIqQ', b'\xff' * 24))
print(struct.unpack('nNP', b'\xff' * 24))
print(struct.pack('!I', 0xdeadbeef), struct.pack('>Q', 2**64 - 1))
