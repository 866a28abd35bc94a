def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 1, -1, 10**18, 10**19, -10**19, 2**63, 2**64 - 1, 2**200, -2**200]:
    print(repr(v), str(v), hex(v), oct(v), bin(v))
print(hex(0), oct(0), bin(0), hex(-1), bin(-2**70))
print('%d %x %o %X' % (255, 255, 255, 255))
print(f'{2**70}', f'{-5:5}', f'{255:#x}')
