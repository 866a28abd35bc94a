import _codecs
print(_codecs.utf_8_decode(b'a\xe2\x82', None, False), _codecs.utf_8_decode(b'a\xe2\x82\xac'), _codecs.utf_16_ex_decode(b'\xff\xfea\x00b'))
print(_codecs.utf_8_encode('é€'), _codecs.latin_1_encode('é'), _codecs.ascii_decode(b'abc'), _codecs.utf_16_encode('a', None, -1), _codecs.utf_32_be_encode('a'))
print(_codecs.charmap_decode(b'\x00\x01', 'strict', 'ab'), _codecs.charmap_encode('ba', 'strict', _codecs.charmap_build('ab')))
print(_codecs.unicode_escape_decode(b'a\\n\\x41\\u20ac\\U0001f600'), _codecs.unicode_escape_encode('a\n\u20ac\U0001f600é'), _codecs.escape_decode(b'a\\x41\\n\\101'), _codecs.escape_encode(b"a'\n"))
print(_codecs.raw_unicode_escape_decode(b'a\\n\\u20ac'), _codecs.raw_unicode_escape_encode('a\n\u20acé'))
print(_codecs.lookup_error('strict'), _codecs.lookup_error('replace')(UnicodeEncodeError('ascii', 'aéb', 1, 2, 'x')))
print(_codecs.lookup_error('backslashreplace')(UnicodeDecodeError('ascii', b'a\xffb', 1, 2, 'x')))
try:
    _codecs.lookup_error('nope')
except LookupError as e:
    print(e)
try:
    _codecs.charmap_decode(b'\x05', 'strict', 'ab')
except UnicodeDecodeError as e:
    print(e)
import codecs
ci = codecs.lookup('UTF-8')
print(ci.name, codecs.lookup('latin1').name, codecs.lookup('utf_16_le').name)
print('x€'.encode('cp1252'), b'\x80abc'.decode('cp1252'), codecs.encode('abc', 'rot13'))
print('é'.encode('iso8859_15'), b'\xa4'.decode('iso8859-15'), 'abc'.encode('utf-8-sig'), b'\xef\xbb\xbfabc'.decode('utf-8-sig'))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'a\xe2')), repr(dec.decode(b'\x82')), repr(dec.decode(b'\xac', final=True)))
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(e)
try:
    '\u20ac'.encode('cp437')
except UnicodeEncodeError as e:
    print(e)
print(codecs.escape_decode(b'\\x41\\t')[0], codecs.unicode_escape_decode('\\u00e9')[0])
import codecs
print('a\xe9\u20ac\U0001f600\ue000b'.encode('ascii', 'namereplace'))
print(codecs.unicode_escape_decode(b'x\\N{EURO SIGN}y'), codecs.namereplace_errors(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'r')))
try:
    codecs.unicode_escape_decode(b'\\N{NOPE}')
except UnicodeDecodeError as e:
    print(e)
