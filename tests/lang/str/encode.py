def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for s in ['abc', 'héllo', '€uro', '😀', '']:
    print(s.encode(), s.encode('utf-8'), s.encode('utf-16'), s.encode('utf-16-le'), s.encode('utf-16-be'), s.encode('utf-32-be'))
print('é'.encode('latin-1'), 'é'.encode('iso-8859-1'), 'abc'.encode('ascii'), 'x'.encode('UTF8'), 'x'.encode('u8'))
print('aé€😀b'.encode('ascii', 'replace'), 'aé€😀b'.encode('ascii', 'ignore'), 'aé€😀b'.encode('ascii', 'backslashreplace'))
print('aé€😀b'.encode('ascii', 'namereplace'), 'aé€😀b'.encode('ascii', 'xmlcharrefreplace'), 'aé€😀b'.encode('latin-1', 'replace'), 'a\udcffb'.encode('utf-8', 'surrogateescape'))
print('a\ud800b'.encode('utf-8', 'surrogatepass'), 'a\ud800b'.encode('utf-8', 'replace'), 'a\ud800b'.encode('utf-8', 'ignore'), 'a\ud800b'.encode('utf-8', 'backslashreplace'))
print('x'.encode(encoding='ascii', errors='strict'))
t(lambda: 'aé€b'.encode('ascii'))
t(lambda: 'aé€b'.encode('latin-1'))
t(lambda: 'a\ud800\udc00b'.encode())
t(lambda: 'a\ud800'.encode('utf-16'))
t(lambda: 'aé'.encode('ascii', 'bogus'))
t(lambda: 'a'.encode('bogus'))
t(lambda: 'a'.encode('hex'))
t(lambda: 'a'.encode(1))
t(lambda: 'a'.encode('utf-8', 1))
t(lambda: 'a\udc00'.encode('ascii', 'surrogateescape'))
