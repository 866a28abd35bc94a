def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = 'abcdefgh'
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:-1], s[1:7:3], s[7:1:-2], s[100:], s[-100:2])
print(s[2:2], s[5:2], s[::-3], s[None:None:None])
t(lambda: s[8])
t(lambda: s[-9])
t(lambda: s[1.0])
t(lambda: s['x'])
t(lambda: s[::0])
t(lambda: s['a':])
u = 'aé€😀z'
print(len(u), u[1], u[2], u[3], u[::-1], u[1:4], u[::2], ascii(u[3]))
print(u[3:4] == '😀', len(u[3:]), 'abc'[True])
t(lambda: 'abc'[2**100])
