def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [1.5, 0.1, -0.0, 0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1.0, -1.0, 3.0, 1024.5, 1e-310]:
    print(repr(v), v.hex())
for s in ['0x1.8p1', ' -0x1p-1074 ', '0x1p1024', 'inf', '-Infinity', 'nan', '0x.8', '1', '0x1.fffffffffffff8p1023',
          '0x1.fffffffffffff7p1023', 'zz', '0x', '0x1p', '0X1P+2', '0x1.00000000000008p0', '0x1.00000000000018p0',
          '0x1.000000000000081p0', '0x0.0000000000001p-1022', '0x0.00000000000008p-1022', '0x0.00000000000018p-1022',
          '0x1p-1075', '0x1.1p-1075', '0x3p-1076', '0xabc.defp-5', '  0x1p0  ', '0x1p0x', '0x1p99999999999999999999', '0x1p-99999999999999999999', '0x0p999999']:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(1))
