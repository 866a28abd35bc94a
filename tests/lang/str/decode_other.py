def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(ascii(b'\xe9\xff'.decode('latin-1')), b'abc'.decode('ascii'), ascii(b'\x80\x81abc'.decode('ascii', 'replace')))
print(ascii(b'a\x00\xac '.decode('utf-16-le')), ascii(b'\xff\xfea\x00'.decode('utf-16')), ascii(b'\xfe\xff\x00a'.decode('utf-16')))
print(ascii(b'=\xd8\x00\xde'.decode('utf-16-le')), ascii(b'\x00\x00\x01\x00'.decode('utf-32-be')), ascii('😀'.encode('utf-32').decode('utf-32')))
t(lambda: b'\x80abc'.decode('ascii'))
t(lambda: b'a\x00b'.decode('utf-16'))
t(lambda: b'\x00\xd8a\x00'.decode('utf-16'))
t(lambda: b'\x00\xdca\x00'.decode('utf-16-le'))
t(lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
t(lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le'))
t(lambda: b'a\x00\x00'.decode('utf-32-le'))
t(lambda: b'x'.decode('rot13'))
t(lambda: b'x'.decode(encoding=1))
