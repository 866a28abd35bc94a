def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print('a\n\nb\n'.splitlines(), 'a\n\nb\n'.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), 'x'.splitlines(1))
t(lambda: 'a'.splitlines(1.5))
