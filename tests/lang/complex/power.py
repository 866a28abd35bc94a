def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: 0j ** 0)
t(lambda: 0j ** 2)
t(lambda: (1e200+1e200j) ** 2)
t(lambda: (1e200+1e200j) ** 2.5)
t(lambda: pow(1j, 2, 3))
for a in [1j, 2+3j, -1, 0.5j, 1+1j]:
    for b in [2, -2, 0.5, 1j, 2+0j, 3, 100, -100, 101]:
        t(lambda: a ** b)
t(lambda: 2 ** (1+1j))
t(lambda: (-8) ** (1/3))
t(lambda: (-1) ** 0.5)
