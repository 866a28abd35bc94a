def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'  ab  '.strip(), b'  ab  '.lstrip(), b'  ab  '.rstrip(), b'xxaxx'.strip(b'x'), b'\t\n\x0b\x0c\r a \x1c'.strip())
print(b'ab'.center(6), b'ab'.center(5, b'*'), b'ab'.ljust(4, b'-'), b'ab'.rjust(4), b'42'.zfill(5), b'-42'.zfill(5), bytearray(b'x').center(3))
print(b'a\tb'.expandtabs(), b'a\tb'.expandtabs(4), b'ab\ncd\tx'.expandtabs(tabsize=3))
print(b'pre_x'.removeprefix(b'pre_'), b'x.py'.removesuffix(b'.py'), b'x'.removeprefix(b'y'))
t(lambda: b'a'.strip('a'))
t(lambda: b'a'.center(3, 'x'))
t(lambda: b'a'.center(3, b'xy'))
t(lambda: b'a'.center())
t(lambda: b'a'.strip(1, 2))
t(lambda: b'a'.removeprefix('a'))
