def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    @classmethod
    def cm(cls, x):
        "cm doc"
        return cls.__name__, x
    @staticmethod
    def sm(x):
        "sm doc"
        return x * 2
class D(C): pass
print(C.cm(1), D.cm(2), D().cm(3), C.sm(4), D().sm(5))
print(C.__dict__["cm"].__func__.__name__, C.__dict__["sm"].__func__.__name__)
print(C.__dict__["cm"].__wrapped__ is C.__dict__["cm"].__func__)
print(C.cm.__doc__, C.sm.__doc__, C.__dict__["cm"].__doc__, C.__dict__["sm"].__name__)
print(type(C.cm).__name__, type(C.sm).__name__, C.cm.__self__)
t(lambda: classmethod())
t(lambda: classmethod(1, 2))
t(lambda: staticmethod())
t(lambda: classmethod(f=1))
t(lambda: repr(classmethod(1)))
t(lambda: repr(staticmethod(None)))
t(lambda: staticmethod(len)("abc"))
t(lambda: classmethod(len).__get__(None, list)())
t(lambda: classmethod(len).__get__([1, 2])())
t(lambda: classmethod(len).__get__(None, None))
t(lambda: staticmethod(1).__get__(None, int))
t(lambda: classmethod(property(lambda c: c.__name__)).__get__(None, int))
t(lambda: classmethod(len).__isabstractmethod__)
def abstract():
    pass
abstract.__isabstractmethod__ = True
t(lambda: classmethod(abstract).__isabstractmethod__)
t(lambda: staticmethod(abstract).__isabstractmethod__)
sm = staticmethod(abstract)
sm.extra = 5
t(lambda: sm.extra)
t(lambda: sorted(k for k in sm.__dict__))
