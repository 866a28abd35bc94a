# marshal of floats: text (versions 0-1) and IEEE binary (versions 2+)
import marshal, math

values = [0.0, -0.0, 1.5, -2.25, 0.1, 1/3, 1e16, 1e17, 1e-5, 1e-4, 123456789.125,
          1e300, -1e-300, 5e-324, 1.7976931348623157e308, float('inf'), -float('inf')]
for v in values:
    for version in range(5):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(version, data.hex(), repr(back), math.copysign(1, back) == math.copysign(1, v))
for version in range(5):
    data = marshal.dumps(float('nan'), version)
    print(version, data.hex(), math.isnan(marshal.loads(data)))
    data = marshal.dumps(-float('nan'), version)
    print(version, data.hex(), math.isnan(marshal.loads(data)))
# text floats as old writers make them
for text in [b'1', b'-1.5', b'+2.5e3', b'.5', b'5.', b'1E-2', b'inf', b'-Infinity', b'NaN', b'nan']:
    print(text, marshal.loads(b'f' + bytes([len(text)]) + text))
