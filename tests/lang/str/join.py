def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('abc'), '€'.join(['a', 'é']))
print(', '.join(x for x in ['x', 'y']), ''.join(('a',)), '😀'.join(['1', '2']))
t(lambda: ','.join([1]))
t(lambda: ','.join(['a', b'x']))
t(lambda: ','.join(1))
t(lambda: ''.join())
t(lambda: ''.join([], 1))
class S(str):
    pass
r = ''.join([S('abc')])
print(r, type(r).__name__)
