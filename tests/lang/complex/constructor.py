def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['1+2j', ' ( 1+2j ) ', 'j', '-j', '+J', '1e3-2.5e-3J', 'inf+nanj', '1 + 2j', '1_0+2_0j', '(1+2j', '', '()', '1+', '2j+1',
          'nanj', '-infj', '1e5j', '1ej', '.5j', '5.j', '1+-2j', '0x1', '3', '-3.5', ' 7j ', '1+j', '1-J', '(j)', '((1))', '1e-3+1e+3j', '\u20031+1j\u2003', 'infinityj', '1_j']:
    t(lambda: complex(s))
t(lambda: complex('1', 2))
t(lambda: complex(1, '2'))
t(lambda: complex([]))
t(lambda: complex(1, []))
t(lambda: complex(1j, 1j))
t(lambda: complex(1+2j, 3))
t(lambda: complex(real=1, imag=2))
t(lambda: complex(imag=2))
t(lambda: complex(1, 2, 3))
t(lambda: complex(x=1))
t(lambda: complex())
t(lambda: complex(5))
t(lambda: complex(2.5, -1))
t(lambda: complex(True, False))
t(lambda: complex(10**400))
class C:
    def __complex__(self): return 3+4j
class D:
    def __complex__(self): return 5
class E:
    def __float__(self): return 1.5
class I:
    def __index__(self): return 9
t(lambda: complex(C()))
t(lambda: complex(D()))
t(lambda: complex(E(), E()))
t(lambda: complex(I()))
class MyC(complex):
    pass
m = MyC(1, 2)
print(repr(m), type(m).__name__, m + 1, type(m + 1).__name__, m == 1+2j)
