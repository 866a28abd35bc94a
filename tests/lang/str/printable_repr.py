def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for c in ['a', '\x00', '\x1f', '\x7f', '\x80', '\x9f', '\xa0', '\xad', '\u0378', '\u2028', '\u200b', '\ud800', '\ue000', '\U000e0001', '\U0001f600', '\u3000', ' ', '\u0300']:
    print(ascii(c), c.isprintable(), ascii(repr(c)))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\\'), repr('\t\r\n'))
print(repr(''), repr('é€😀'), ascii('é€😀'), ascii("'"))
