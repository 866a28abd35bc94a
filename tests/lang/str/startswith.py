def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = 'hello world'
print(s.startswith('hell'), s.startswith('world', 6), s.startswith(('x', 'he')), s.endswith('ld'), s.endswith('wor', 0, 9))
print(s.startswith(''), s.startswith('', 11), s.startswith('', 12), s.endswith(('a', 'b')), s.startswith('h', -100))
print('é€'.endswith('€'), 'é€'.startswith('€'), s.startswith('hello', None, 5), s.endswith('o', None, -6))
t(lambda: s.startswith(1))
t(lambda: s.startswith((1,)))
t(lambda: s.endswith(['a']))
t(lambda: s.startswith())
t(lambda: s.startswith('a', 'b'))
