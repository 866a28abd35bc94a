# Custom error handlers registered with codecs.register_error, used by the built-in codecs.
import codecs
def h(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d-%d>' % (exc.start, exc.end), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error('mine', h)
print('aé€b'.encode('ascii', 'mine'), 'aé€b'.encode('latin-1', 'mine'), b'a\xff\xfeb'.decode('utf-8', 'mine'), b'\x80x'.decode('ascii', 'mine'))
print('a\ud800b'.encode('utf-8', 'mine'), b'a\x00\x00\xd8'.decode('utf-16-le', 'mine'))
codecs.register_error('skip2', lambda e: ('', e.end + 1))
print(b'\xffabc'.decode('utf-8', 'skip2'), 'éabc'.encode('ascii', 'skip2'))
codecs.register_error('back', lambda e: ('?', 0) if e.start > 100 else ('!', e.end))
print('x€y'.encode('ascii', 'back'))
codecs.register_error('bad', lambda e: 5)
try:
    'é'.encode('ascii', 'bad')
except TypeError as e:
    print(e)
codecs.register_error('far', lambda e: ('', 100))
try:
    b'\xff'.decode('utf-8', 'far')
except IndexError as e:
    print(e)
codecs.register_error('bytesrep', lambda e: (b'<B>', e.end))
print('aéb'.encode('ascii', 'bytesrep'))
try:
    b'\xff'.decode('utf-8', 'nope')
except LookupError as e:
    print(e)
print(codecs.lookup_error('mine') is h)
