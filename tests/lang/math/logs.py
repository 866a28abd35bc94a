import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [1, 2, 8, 10, 100, 0.5, 1e-300, 10**1000, 2**2000, 3**5000, 10**500 + 1, 2**1023, 2**1024, 2**1024 - 1]:
    print(repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.log(x, 2)), repr(math.log(x, 10)))
print(math.log(8, 2), math.log(100, 10), math.log(1), math.log(math.e), math.log(2, 0.5))
