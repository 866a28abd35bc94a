import re
bad = ['(', ')', '[a', 'a**', '*a', '(?P<1>x)', '(?P<a>x)(?P<a>y)', r'\1', '(?<=a*)b', 'a{3,2}', '(?z)',
       '[z-a]', r'\k', '(?P=nope)', '(?', '(?#unterminated', 'x{99999999999}', '(?i', '(?i)(?x)x', r'\p', 'a|*']
for p in bad:
    try:
        re.compile(p)
        print('ok', p)
    except re.error as e:
        print('error', repr(p), e, e.pos)
    except OverflowError as e:
        print('OverflowError', e)
try:
    re.compile(b'\\w', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').match()
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)
print(re.purge(), re.compile('a').match('a', -5, 99), re.compile('a').match('a', 5))
