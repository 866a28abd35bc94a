def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

specs = ['', 'd', '5', '<5', '^7', '=+8', '+', ' ', '-', ',', '_', '010,', '09,', '08,', '0=10,', 'x=10,', '#x', '#X', '#o', '#b', 'x', 'X', 'o', 'b',
         '_b', '_x', '#_x', '#010x', '012_', 'n', 'c', '<5c', 'e', '.2e', 'E', 'f', '.3f', 'F', 'g', 'G', '%', '.1%', ',.2f', '020,.2f', '*^12,']
for v in [0, 7, -7, 1234, -1234, 65, 2**70, -2**70]:
    for s in specs:
        try:
            print(v, repr(s), repr(format(v, s)))
        except Exception as e:
            print(v, repr(s), type(e).__name__, e)
