def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = b'hello World 123 \xe9'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
for x in [b'', b'abc', b'ABC', b'Abc', b'123', b'a1', b' \t', b'Ab Cd', b'\xe9', b'ab\x80']:
    print(x, x.isalnum(), x.isalpha(), x.isascii(), x.isdigit(), x.islower(), x.isupper(), x.istitle(), x.isspace())
t(lambda: b'a'.lower(1))
