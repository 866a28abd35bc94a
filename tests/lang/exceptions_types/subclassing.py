def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
e = MyError(404, 'not found')
print(e.args, e.code, str(e), repr(e))
class NoInit(ValueError):
    pass
print(repr(NoInit(1, 2)), NoInit(1, 2).args)
class OnlyNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.made = True
        return self
o = OnlyNew('x')
print(o.args, o.made)
class CustomStr(Exception):
    def __str__(self):
        return 'custom!'
print(str(CustomStr('a')), repr(CustomStr('a')))
class IgnoresArgs(Exception):
    def __init__(self):
        pass
print(IgnoresArgs().args)
class KwInit(Exception):
    def __init__(self, *, flag):
        super().__init__(flag)
print(KwInit(flag=1).args)
class SubKeyError(KeyError):
    pass
print(str(SubKeyError('k')), repr(SubKeyError('k')))
try:
    raise MyError(1, 'boom')
except Exception as err:
    print(type(err).__name__, err.code, err)
class E2(Exception):
    pass
print(E2.__module__, E2.__name__, E2.__qualname__)
print(type(E2()).__mro__[1:])
