def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('a' < 'b', 'a' < 'ab', 'b' > 'abc', 'a' == 'a', 'a' != 'a', '' < 'a', 'é' > 'z', '€' > 'é', '😀' > '€')
print('abc' <= 'abc', 'abc' >= 'abd', 'A' < 'a', sorted(['b', 'é', 'a', '€', 'B', '😀', '']))
print('a' == 1, 'a' != b'a', max('abc'), min('xyz'))
t(lambda: 'a' < 1)
t(lambda: 'a' >= None)
print(('a' * 3) == 'aaa', 'a' + 'b' == 'ab', len('ab' + 'c'))
