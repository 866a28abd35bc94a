def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
t(lambda: setattr(a, "__class__", int))
t(lambda: setattr(a, "__class__", 1))
t(lambda: setattr(1, "__class__", bool))
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
t(lambda: setattr(S1(), "__class__", S2))
t(lambda: setattr(S1(), "__class__", A))
t(lambda: delattr(a, "__class__"))
print(a.__class__, (1).__class__, type.__class__)
