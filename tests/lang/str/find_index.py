def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = 'hello world, hello'
for sub in ['hello', 'o', 'xyz', '', 'd, h']:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub))
print(s.find('o', 5), s.find('o', 5, 7), s.find('o', -3), s.rfind('l', 0, -3))
print(s.find('', 18), s.find('', 19), s.count('', 18), s.count('', 19))
print(s.find('h', None, None), s.count('l', 2**70), s.find('l', -2**70))
t(lambda: s.index('xyz'))
t(lambda: s.rindex('xyz'))
t(lambda: s.index('o', 0, 4))
print(s.index('world'), s.rindex('hello'))
t(lambda: s.find(1))
t(lambda: s.count())
t(lambda: s.find('a', 'b'))
t(lambda: s.find('a', 1, 2, 3))
print('ab' in 'xaby', '' in 'abc', 'abd' in 'abc')
t(lambda: 1 in 'abc')
