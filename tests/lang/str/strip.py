def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(repr('  a b  '.strip()), repr('  a b  '.lstrip()), repr('  a b  '.rstrip()))
print('xxaxx'.strip('x'), 'xyaxy'.lstrip('yx'), 'xyaxy'.rstrip('xy'), 'abc'.strip(''))
print(repr('\t\n a \x0b\x0c\r'.strip()), repr('\u3000a\u2003'.strip()), repr('\x85a\xa0'.strip()))
print('€a€'.strip('€'), 'aéa'.strip('a'), 'abc'.strip(None))
t(lambda: 'a'.strip(1))
t(lambda: 'a'.lstrip(1, 2))
t(lambda: 'a'.rstrip(b'a'))
