def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('%s|%5s|%-4s|' % ('é', '€', '😀'), '%c' % 0x1f600, '%r' % '😀', '%a' % '😀', '%.1s' % '€é')
print('é%s€' % 'x', '%s' % 'é' * 2, '%(é)s' % {'é': 'ok'})
