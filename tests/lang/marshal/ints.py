# marshal of ints: TYPE_INT for 32-bit values, TYPE_LONG (15-bit digits) beyond
import marshal

values = [0, 1, -1, 5, 255, 256, -5, -6, 2**15 - 1, 2**15, 2**30, 2**31 - 1, -2**31,
          2**31, -2**31 - 1, 2**32, 2**45 - 1, 2**45, 2**60, 2**62, 2**63 - 1, 2**63,
          -2**63, -2**63 - 1, 2**64, 10**20, -10**20, 3**200, -(7**333), 2**1000 - 1]
for v in values:
    for version in (0, 2, 4):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(version, data.hex(), back == v, type(back).__name__)
# bool is not int here: True and False have their own codes
print(marshal.dumps([True, 1, False, 0]).hex())
# TYPE_INT64 ('I'), written by old versions, is still read
print(marshal.loads(b'I' + (5).to_bytes(8, 'little', signed=True)))
print(marshal.loads(b'I' + (-2**62).to_bytes(8, 'little', signed=True)))
# a long with leading zero digits in the middle is fine; digits read as 15 bits
print(marshal.loads(b'l\x03\x00\x00\x00\x01\x00\x00\x00\x01\x00'))
print(marshal.loads(b'l\xfd\xff\xff\xff\xff\x7f\xff\x7f\xff\x7f'))
print(marshal.loads(b'l\x00\x00\x00\x00'))
