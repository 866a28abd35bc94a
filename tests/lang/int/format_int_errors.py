def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['abc', '.', ',_', '_,', ',,', '99999999999999999999', 's', 'z', 'zd', '=5', ',c', '+c', '.2d', '#c', '<<<5', '_n', ',x', ',n', 'q', '\u00e9', '\x01', '.2', 'r']:
    t(lambda: format(1, s))
t(lambda: format(0x110000, 'c'))
t(lambda: format(-1, 'c'))
t(lambda: format(2**1100, 'e'))
t(lambda: format(True, 'd'))
t(lambda: format(True, ''))
t(lambda: format(True, '5'))
t(lambda: (5).__format__(5))
