def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = b'abcdef'
print(b[0], b[-1], b[1:4], b[::2], b[::-1], b[10:], b[-2:], b[4:1:-1])
t(lambda: b[6])
t(lambda: b['x'])
t(lambda: b[1.5])
ba = bytearray(b'abcdef')
print(ba[0], ba[-1], ba[1:4], ba[::2], ba[::-1])
t(lambda: ba[6])
t(lambda: ba['x'])
print(list(b'ab'), list(bytearray(b'xy')), [x for x in b'\x00\xff'])
print(len(b), len(ba), 98 in b, b'cd' in b, b'' in b, bytearray(b'c') in b, 300 in b'' if False else 'skip')
t(lambda: 300 in b)
t(lambda: 'a' in b)
