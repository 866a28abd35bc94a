def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(ord('a'), ord('é'), ord('€'), ord('😀'), chr(65), chr(0x20ac), ascii(chr(0x10ffff)), ascii(chr(0xd800)))
t(lambda: chr(0x110000))
t(lambda: chr(-1))
t(lambda: ord('ab'))
t(lambda: ord(''))
print([ord(c) for c in 'aé€😀'], ''.join(chr(i) for i in range(97, 103)))
