def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('%s %s' % ('a', 1), '%d' % 5, '%i' % -3, '%5s|' % 'ab', '%-5s|' % 'ab', '%.2s' % 'abcdef', '%5.1s|' % 'abc')
print('%r %a' % ('é', 'é'), '%%%s' % 1, '%s' % None, '%s' % [1, 2], '%s' % (1,), '%s' % {'a': 1}, '%c%c' % (65, 'b'))
print('%(x)s-%(y)d' % {'x': 'X', 'y': 2}, '%(a)s %(a)r' % {'a': 'q'}, 'abc' % (), 'abc' % [], 'abc' % {})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), '%*s|' % (-4, 'a'), '%.*s|' % (-1, 'abc'), '%3c|' % 'x')
