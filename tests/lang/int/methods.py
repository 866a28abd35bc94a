def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 1, -1, 7, -7, 255, 2**64, -2**64 + 1, 2**100 - 1]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
    print(v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__index__(), v.__int__(), v.__float__() if abs(v) < 2**1000 else None)
print((5).__getnewargs__(), (3).__sizeof__() > 0)
t(lambda: (5).bit_length(1))
print(True.bit_length(), True.real, type(True.real).__name__, True.as_integer_ratio())
print(int.__add__(3, 4), int.__radd__(3, 4), int.__sub__(3, 4), int.__rsub__(3, 4), (3).__add__(1.5), (3).__mul__('a'))
print(int.__pow__(2, 10), int.__pow__(2, 10, 1000), int.__rpow__(2, 10), int.__neg__(5), int.__abs__(-5), int.__invert__(5))
print(int.__bool__(0), int.__bool__(7), int.__lt__(1, 2), int.__eq__(1, 1.0))
