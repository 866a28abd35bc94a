def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
class Callable:
    def __call__(self, *args, **kwargs):
        return args, kwargs
c = Callable()
print(c(1, 2, a=3), callable(c), callable(Callable), callable(5))
five, ess = 5, "s"
t(lambda: five())
t(lambda: ess())
class NotCallable: pass
t(lambda: NotCallable()())
class B:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class BL:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(B()), bool(L()), bool(BL()), not B(), "yes" if L() else "no")
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool()))
t(lambda: not BadBool())
class BadLenBool:
    def __len__(self): return "x"
t(lambda: bool(BadLenBool()))
class Sub(B): pass
print(bool(Sub()))
print(bool(None), bool(NotImplemented) if False else "skip", bool(...), bool(object()))
class NoneBool:
    __bool__ = None
t(lambda: bool(NoneBool()))
