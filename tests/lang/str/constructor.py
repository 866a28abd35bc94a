def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(str(), str(1), str(1.5), str([1, 'a']), str(None), str('x'), str(b'ab'), str(object='q'))
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', 'utf-8'), str(b'\xff', 'latin-1'), str(bytearray(b'hi'), 'ascii'))
print(str(b'a\xffb', 'utf-8', 'replace'), str(b'a\xffb', errors='ignore'), str(b'x', encoding='utf-8'))
t(lambda: str('abc', 'ascii'))
t(lambda: str(1, 'ascii'))
t(lambda: str(b'a', 1))
t(lambda: str(b'a', 'ascii', 1))
t(lambda: str(x=5))
t(lambda: str(1, 2, 3, 4))
t(lambda: str(b'\xff', 'ascii'))
t(lambda: str(b'a', 'nope'))
class A:
    def __str__(self):
        return 'A!'
class B:
    def __str__(self):
        return 5
print(str(A()))
t(lambda: str(B()))
