def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.0**60, 123.456]:
    print(repr(v), v.as_integer_ratio(), v.is_integer(), v.hex(), float.fromhex(v.hex()) == v, v.conjugate(), v.real, v.imag)
    print(v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), int(v), v.__getnewargs__())
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
t(lambda: float('inf').is_integer())
t(lambda: float('inf').hex())
t(lambda: float('-inf').hex())
t(lambda: float('nan').hex())
t(lambda: float('inf').__floor__())
t(lambda: float('nan').__ceil__())
t(lambda: float('inf').__trunc__())
print(float.__getformat__('double'), float.__getformat__('float'))
t(lambda: float.__getformat__('x'))
t(lambda: float.__getformat__(1))
class F(float):
    pass
f = F(2.5)
print(repr(f), type(f).__name__, f + 1, type(f + 1).__name__, type(F.fromhex('0x1p3')).__name__, F.fromhex('0x1p3'), F(), F('1.5'))
print(isinstance(f, float), float(f), type(float(f)).__name__, -f, type(-f).__name__, abs(F(-1.0)))
class G:
    def __float__(self): return 4.5
class H:
    def __index__(self): return 3
class I:
    def __float__(self): return 'x'
print(float(G()), float(H()))
t(lambda: float(I()))
