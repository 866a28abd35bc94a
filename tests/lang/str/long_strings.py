def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = 'ab' * 10000
print(len(s), s.count('ab'), s.find('ba', 9999), s.rfind('ab'), len(s.split('b')), len(s.replace('a', 'xyz')))
u = '€' * 1000 + 'x'
print(len(u), u.find('x'), u.count('€€'), len(u.upper()), u[-2:], hash(u) == hash('€' * 1000 + 'x'))
j = ','.join(str(i) for i in range(1000))
print(len(j), j[:20], j[-20:], j.count(','))
print(len('x'.center(10001)), len('%s' % ('y' * 5000)))
