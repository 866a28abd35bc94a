# Float formats: f, d and half floats (e), correctly rounded, inf/nan, overflow.
import struct, math

def t(f, *a):
    try:
        print(f, a, '->', struct.pack(f, *a))
    except Exception as e:
        print(f, a, '!!', type(e).__name__, e)

for f in ['e', '<e', '>e', 'f', '<f', '>f', 'd', '<d', '>d', '=f', '!d']:
    for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1e-8, 1e-5, 6.1e-5, 65504.0, 65519.99, 65520.0,
              3.4e38, 3.5e38, 1e300, float('inf'), float('-inf'), float('nan')]:
        t(f, v)

# every half-float bit pattern round-trips
bad = 0
for i in range(65536):
    b = struct.pack('<H', i)
    x = struct.unpack('<e', b)[0]
    if math.isnan(x):
        continue
    if struct.pack('<e', x) != b:
        bad += 1
print('half roundtrip failures', bad)
# round half to even at the boundaries between halves
for base in [1.0, 2.0, 1024.0, 2.0**-14, 2.0**-24]:
    for k in range(6):
        x = base + k * base / 2048
        print(base, k, struct.pack('>e', x).hex(), struct.unpack('>e', struct.pack('>e', x))[0])
print(struct.pack('<e', 2.0**-25), struct.pack('<e', 2.0**-25 * 1.0001), struct.pack('<e', 2.0**-26))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('>e', b'\x7e\x00'))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', struct.pack('>d', math.pi)))
print(struct.unpack('f', b'\x00\x00\x80\x7f'), struct.unpack('>f', b'\xff\x80\x00\x00'))
