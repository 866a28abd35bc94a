def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'\x00\xff\x10'.hex(), b''.hex(), b'abcdef'.hex(':'), b'abcdef'.hex(':', 2), b'abcde'.hex('-', 2), b'abcde'.hex('-', -2), b'abc'.hex(b'|'))
print(bytes.fromhex('00ff10'), bytes.fromhex('01 02  0a'), bytes.fromhex(''), bytearray.fromhex('ab cd'), bytes.fromhex('AbCd'))
t(lambda: bytes.fromhex('0g'))
t(lambda: bytes.fromhex(' 1'))
t(lambda: bytes.fromhex('123'))
t(lambda: bytes.fromhex(1))
t(lambda: b'abc'.hex('::'))
t(lambda: b'abc'.hex('\u20ac'))
t(lambda: b'a'.hex(1))
