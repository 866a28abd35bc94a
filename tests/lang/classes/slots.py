def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

s = S()
print(s.a)
t(lambda: s.b)
t(lambda: setattr(s, "c", 3))
s.b = 2
print(s.a, s.b)
del s.a
t(lambda: s.a)
t(lambda: delattr(s, "a"))
print(hasattr(s, "__dict__"), hasattr(s, "__weakref__"))
print(sorted(k for k in S.__dict__ if k in ("a", "b", "__slots__")))
print(type(S.__dict__["a"]).__name__, S.a)
print(S.__slots__)

class W:
    __slots__ = ("__weakref__", "x")
print(hasattr(W(), "__weakref__"), hasattr(W(), "__dict__"))

class WD:
    __slots__ = "__dict__"
w = WD()
w.anything = 1
print(w.anything, w.__dict__)

class Sub(S):
    pass
sub = Sub()
sub.c = 5
print(sub.c, sub.a, sub.__dict__)

class Sub2(S):
    __slots__ = ("c",)
s2 = Sub2()
s2.c = 1
s2.b = 2
print(s2.c, s2.b)
t(lambda: setattr(s2, "d", 1))

class Priv:
    __slots__ = ("__p",)
    def set(self):
        self.__p = 5
        return self.__p
print(Priv().set(), "_Priv__p" in Priv.__dict__)

t(lambda: type("X", (), {"__slots__": ("a", "a")}))
t(lambda: type("X", (), {"__slots__": ("1a",)}))
t(lambda: type("X", (), {"__slots__": 1}))
t(lambda: type("X", (), {"__slots__": ("a",), "a": 1}))
t(lambda: type("X", (int,), {"__slots__": ("a",)}))
t(lambda: type("X", (), {"__slots__": ("__dict__", "__dict__")}))
t(lambda: type("X", (), {"__slots__": ["__weakref__", "__weakref__"]}))
t(lambda: type("X", (int,), {"__slots__": ()})(5))
class A:
    __slots__ = ("x",)
class B:
    __slots__ = ("y",)
t(lambda: type("AB", (A, B), {}))
