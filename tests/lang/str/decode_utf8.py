def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

cases = [b'\xff', b'a\x80b', b'\xe0\x80', b'\xe2\x82', b'\xed\xa0\x80', b'\xf0\x90\x80', b'\xf4\x90\x80\x80',
         b'\xc0\xaf', b'\xe2\x82a', b'\xf0\x9f\x98\x80', b'\xc3\xa9\xe2\x82\xac', b'abc\xc3']
for b in cases:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        t(lambda: ascii(b.decode('utf-8', err)))
t(lambda: ascii(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')))
t(lambda: b'\xff'.decode('utf-8', 'bogus'))
t(lambda: b'ab'.decode('utf-8', 'bogus'))
