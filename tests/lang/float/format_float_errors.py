def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['x', 'd', 'r', 's', 'c', '.99999999999', ',n', '_n', 'abc', '.', '\u00e9']:
    t(lambda: format(1.5, s))
t(lambda: (1.5).__format__(1))
class F(float): pass
t(lambda: format(F(1.5), 'x'))
t(lambda: format(F(1.5), '>8'))
