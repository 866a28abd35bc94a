def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(repr('a\tb\tc'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('\tx'.expandtabs(0)))
print(repr('ab\ncd\te'.expandtabs(3)), repr('12345\t1'.expandtabs(tabsize=5)), repr('a\r\tb'.expandtabs(2)))
print(repr('x\ty'.expandtabs(-1)), repr('no tabs'.expandtabs()))
t(lambda: 'a'.expandtabs('x'))
