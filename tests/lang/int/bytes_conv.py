def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 1, 255, 256, 65535, -1, -128, -129, 2**64, -2**64]:
    for order in ['big', 'little']:
        t(lambda: v.to_bytes(10, order, signed=True))
t(lambda: (1).to_bytes(0, 'big'))
t(lambda: (0).to_bytes(0, 'big'))
t(lambda: (-1).to_bytes(2, 'big'))
t(lambda: (-1).to_bytes(2, 'big', signed=True))
t(lambda: (1).to_bytes(2, 'foo'))
t(lambda: (1).to_bytes())
t(lambda: (1).to_bytes(-1))
t(lambda: (5).to_bytes(2, 'big', True))
t(lambda: (5).to_bytes(length=2, byteorder='little'))
t(lambda: (5).to_bytes(2.0))
t(lambda: (5).to_bytes(2, 3))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (-128).to_bytes(1, 'big', signed=True))
t(lambda: (256).to_bytes(1, 'big'))
t(lambda: int.from_bytes(b'\xff\x01'))
t(lambda: int.from_bytes(b'\xff\x01', 'little', signed=True))
t(lambda: int.from_bytes(b'\x80' + b'\x00' * 20, 'big', signed=True))
t(lambda: int.from_bytes(b''))
t(lambda: int.from_bytes(b'', signed=True))
t(lambda: int.from_bytes('ab'))
t(lambda: int.from_bytes([1, 2, 3]))
t(lambda: int.from_bytes(bytearray(b'\x01\x00'), 'little'))
t(lambda: int.from_bytes())
t(lambda: int.from_bytes(b'\x01', byteorder='big', signed=1))
class MyInt(int): pass
t(lambda: type(MyInt.from_bytes(b'\x01')).__name__)
