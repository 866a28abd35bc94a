def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for v in [0, 1, -1, 5, -5, 255, 256, 2**64, -2**70]:
    print(bin(v), oct(v), hex(v))
check(lambda: bin(1.5))
check(lambda: oct('8'))
check(lambda: hex(None))
check(lambda: bin(True))
class I:
    def __index__(self):
        return 42
check(lambda: bin(I()))
check(lambda: hex(I()))
check(lambda: oct(I()))
check(lambda: hex())
check(lambda: hex(1, 2))
