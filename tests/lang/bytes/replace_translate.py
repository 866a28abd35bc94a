def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'bb', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'b', b''), bytearray(b'xx').replace(b'x', b'y'))
tbl = bytes.maketrans(b'abc', b'xyz')
print(len(tbl), b'aabbcc'.translate(tbl), b'abcabc'.translate(None, b'b'), b'abc'.translate(tbl, b'a'), bytearray(b'abc').translate(tbl))
t(lambda: b'a'.replace('a', 'b'))
t(lambda: b'a'.replace(b'a'))
t(lambda: bytes.maketrans(b'ab', b'c'))
t(lambda: b'ab'.translate(b'x'))
t(lambda: b'ab'.translate(None, 'a'))
