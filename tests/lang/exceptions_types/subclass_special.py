# exceptions subclass interplay with __init__/__new__
class A(Exception):
    def __init__(self, x):
        self.x = x
a = A(5)
print(a.args, a.x, str(a), repr(a))
class B(OSError):
    pass
b = B(2, 'nf', 'file')
print(type(b).__name__, b.errno, b.filename, b.args, str(b))
class C(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
c = C(2, 'x')
print(type(c).__name__, c.errno, c.args)
class D(OSError):
    def __init__(self, *args):
        super().__init__(*args)
d = D(2, 'x', 'fn')
print(type(d).__name__, d.errno, d.args, d.filename, str(d))
class S(SyntaxError):
    pass
s = S('m', ('f', 1, 2, 't'))
print(s.lineno, str(s))
class U(UnicodeDecodeError):
    pass
u = U('utf-8', b'\xff', 0, 1, 'bad')
print(str(u), u.start)
class G(ExceptionGroup):
    def __new__(cls, msg, excs, extra):
        self = super().__new__(cls, msg, excs)
        self.extra = extra
        return self
    def __init__(self, msg, excs, extra):
        super().__init__(msg, excs)
g = G('m', [ValueError()], 'E')
print(repr(g), g.extra, g.args)
class K(KeyError):
    def __str__(self):
        return 'K!'
print(str(K('a')))
class SI(StopIteration):
    pass
print(SI(3).value)
class SE(SystemExit):
    pass
print(SE(4).code)
class IE(ImportError):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
print(IE('m', name='n').name)
import sys
try:
    raise B(13, 'denied')
except PermissionError:
    print('not here')
except OSError as e:
    print('B caught as OSError', type(e).__name__)
