def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


e = UnicodeEncodeError('utf-8', 'ab\u1234', 2, 3, 'bad')
print(str(e), e.encoding, repr(e.object), e.start, e.end, e.reason)
print(str(UnicodeEncodeError('ascii', 'ab\U00012345', 2, 3, 'bad')))
print(str(UnicodeEncodeError('ascii', 'ab\xe9', 2, 3, 'bad')))
print(str(UnicodeEncodeError('utf-8', 'abc', 0, 3, 'bad')))
e = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'r')
print(str(e), repr(e.object))
print(str(UnicodeDecodeError('utf-8', b'abc', 0, 3, 'bad')))
print(repr(UnicodeDecodeError('utf-8', bytearray(b'abc'), 0, 3, 'bad').object))
e = UnicodeTranslateError('ab\xe9', 2, 3, 'bad')
print(str(e), e.encoding, repr(e))
print(str(UnicodeTranslateError('abc', 0, 2, 'bad')))
print(str(UnicodeError('x')))
check(lambda: UnicodeError('x').start)
check(lambda: UnicodeEncodeError('a'))
check(lambda: UnicodeEncodeError(1, 2, 3, 4, 5))
check(lambda: UnicodeEncodeError('a', 2, 3, 4, 5))
check(lambda: UnicodeEncodeError('a', 'b', 'c', 4, 5))
check(lambda: UnicodeDecodeError('a', 'b', 1, 4, 'r'))
check(lambda: UnicodeDecodeError('utf-8', b'abc', 0, 10**30, 'bad'))
check(lambda: UnicodeTranslateError('a', 1, 2))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as err:
    print(err.encoding, err.start, err.end, err.reason, str(err))
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as err:
    print(err.encoding, err.start, err.end, err.reason, str(err))
