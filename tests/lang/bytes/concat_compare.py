def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'a' + b'b', b'a' + bytearray(b'b'), bytearray(b'a') + b'b', b'ab' * 3, 2 * b'x', b'a' * 0, bytearray(b'ab') * 2)
print(b'a' == b'a', b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'a' == 'a', b'a' < b'b', b'ab' > b'a', bytearray(b'a') < b'b')
print(sorted([b'b', b'a', b'', b'ab']), b'abc' <= b'abd', b'a' != b'a')
t(lambda: b'a' + 'b')
t(lambda: b'a' + 1)
t(lambda: 'b' + b'a')
t(lambda: b'a' < 'a')
t(lambda: bytearray(b'a') < 'b')
t(lambda: b'a' * 1.5)
print(hash(b'abc') == hash(b'abc'), hash(b'') == 0)
t(lambda: hash(bytearray(b'a')))
