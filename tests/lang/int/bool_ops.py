def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(True + True, True - False, True * 7, True / 2, True // 2, -True, +True, ~True, abs(False))
print(True & False, True | False, True ^ True, False ^ True, True & 1, True | 2, 3 ^ True)
print(type(True & False).__name__, type(True & 1).__name__, type(1 | True).__name__)
print(repr(True), str(False), repr(bool(0)), bool(5), bool(''), bool([1]), bool(), bool(None), bool(0.0), bool(0j))
print(True == 1, False == 0, True is bool(1), hash(True), int(True), float(True), True > False)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
t(lambda: bool(x=1))
t(lambda: bool(1, 2))
t(lambda: int.__new__(bool, 3))
t(lambda: type('B', (bool,), {}))
print(True.__and__(False), True.__or__(0), True.__xor__(True), bool.__and__(True, 1))
print(f'{True}', f'{True:d}', f'{False:>6}', format(True, '^7'), '%s %d' % (True, True))
class X:
    def __bool__(self): return False
class Y:
    def __len__(self): return 3
class Z:
    def __bool__(self): return 1
print(bool(X()), bool(Y()), not X())
t(lambda: bool(Z()))
