def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

ba = bytearray(b'hello')
print(ba.upper(), type(ba.upper()).__name__, ba.split(b'l'), ba.find(b'l'), ba.replace(b'l', b'L'), ba.hex(), ba.decode())
print(ba.__reduce_ex__(4), ba.__reduce__(), ba == b'hello', b'hello' == ba, ba is not ba.copy())
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x') + bytearray(b'y'), bytearray(range(3)))
print(type(bytearray(b'a') + b'b').__name__, type(b'a' + bytearray(b'b')).__name__, bytearray(b'ab').strip(b'a'), bytearray(b'abc')[1:])
print(str(bytearray(b'x')), len(bytearray(10)), list(bytearray(b'ab')), bytes(bytearray(b'q')))
m = memoryview(bytearray(b'ab'))
