def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'abc'.decode(), b'\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'), bytearray(b'hi').decode(), b'a\xffb'.decode('utf-8', 'replace'))
print(b'x'.decode(encoding='ascii', errors='strict'), ascii(b'\xff'.decode(errors='surrogateescape')))
t(lambda: b'\xff'.decode())
t(lambda: b'\xff'.decode('ascii'))
t(lambda: b'a'.decode(1))
t(lambda: b'a'.decode('nope'))
