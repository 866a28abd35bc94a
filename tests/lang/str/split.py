def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('a b  c'.split(), ' a b '.split(), ''.split(), '   '.split())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2), '  a b  '.rsplit(None, 1))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::'), 'abc'.split('abc'))
print('a b'.split(maxsplit=0), 'a b'.split(sep=None, maxsplit=1), '  a  '.split(maxsplit=0))
print('a\tb\nc\x0bd\x0ce\x1cf\u2003g\u3000h'.split())
print('a\x85b\xa0c'.split())
t(lambda: 'a'.split(''))
t(lambda: 'a'.rsplit(''))
t(lambda: 'a'.split(1))
t(lambda: 'a'.split(None, 1, 2))
t(lambda: 'a'.split(maxsplit='x'))
t(lambda: 'a'.split(x=1))
print('1,2,3'.split(',', -1), '1,2,3'.rsplit(',', -5))
