# marshal of str: short ASCII, ASCII, interned variants, and UTF-8 ('u'/'t')
import marshal, sys

made = ''.join(['dyn', 'amic'])          # not interned
longmade = ''.join(['y'] * 300)          # long, not interned
values = ['', 'a', 'abc', 'hello world', 'a b', 'x' * 255, 'x' * 256, 'é', 'ÿ', '日本語',
          '\U0001f600', 'mixé ascii', '\udc80', '\ud800\udc00', 'é' * 300, made, longmade,
          sys.intern(''.join(['inter', 'ned'])), sys.intern(''.join(['z'] * 300))]
for v in values:
    for version in range(5):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(version, data.hex(), back == v)
# the reader interns 't', 'A' and 'Z' strings
a = marshal.loads(b'Z\x05spam1')
b = marshal.loads(b'Z\x05spam1')
print(a is b, a == sys.intern(''.join(['spam', '1'])))
c = marshal.loads(b'z\x05spam2')
d = marshal.loads(b'z\x05spam2')
print(c is d, c == d)
t1 = marshal.loads(b't\x02\x00\x00\x00\xc3\xa9')
print(t1, t1 is sys.intern(t1))
# ASCII codes with non-ASCII bytes read as latin-1
print(ascii(marshal.loads(b'z\x02\xe9\xff')), ascii(marshal.loads(b'a\x01\x00\x00\x00\x80')))
