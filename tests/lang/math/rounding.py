import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [1.5, -1.5, 0.0, -0.0, 2.5, -2.5, 1e20, 7, -7, 2**100]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
t(lambda: math.floor(float('inf')))
t(lambda: math.ceil(float('nan')))
t(lambda: math.trunc('a'))
t(lambda: math.floor('a'))
t(lambda: math.ceil(-0.5))
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class G:
    def __float__(self): return 2.5
print(math.floor(G()), math.ceil(G()))
t(lambda: math.trunc(G()))
