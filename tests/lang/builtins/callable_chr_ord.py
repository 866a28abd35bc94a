def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: callable(len))
check(lambda: callable(1))
check(lambda: callable(int))
class C:
    def __call__(self):
        pass
check(lambda: callable(C()))
check(lambda: callable(C))
check(lambda: callable(lambda: 0))
check(lambda: chr(65))
check(lambda: chr(0))
check(lambda: chr(0x10FFFF) == '\U0010ffff')
check(lambda: chr(0x110000))
check(lambda: chr(-1))
check(lambda: chr('a'))
check(lambda: chr(1.0))
check(lambda: chr(2**40))
check(lambda: ord('A'))
check(lambda: ord('\xe9'))
check(lambda: ord('\U0001F600'))
check(lambda: ord(b'a'))
check(lambda: ord(bytearray(b'z')))
check(lambda: ord('ab'))
check(lambda: ord(''))
check(lambda: ord(b''))
check(lambda: ord(1))
check(lambda: ord())
