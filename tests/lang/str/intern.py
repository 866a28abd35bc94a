def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

import sys
a = sys.intern('hello' + str(1))
b = sys.intern('hello1')
print(a is b, a == b)
x = 'abc'
y = 'ab' + 'c'
print(x == y, sys.intern(x) is sys.intern(y))
print(chr(97) is chr(97), chr(233) is chr(233), len(str()), ''.join([]) == '')
