def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
class S:
    __slots__ = ("a",)
m = S.__dict__["a"]
t(lambda: (m.__name__, m.__qualname__, m.__objclass__))
t(lambda: m.__get__(None, S) is m)
t(lambda: m.__get__(1))
t(lambda: m.__set__(1, 2))
s = S()
m.__set__(s, 5)
t(lambda: m.__get__(s))
m.__delete__(s)
t(lambda: m.__get__(s))
t(lambda: m.__delete__(s))
g = type.__dict__["__name__"]
t(lambda: (g.__name__, g.__objclass__, type(g).__name__))
t(lambda: g.__get__(int))
t(lambda: g.__get__(1))
t(lambda: g.__set__(int, "x"))
class C: pass
t(lambda: (g.__set__(C, "D"), C.__name__))
t(lambda: repr(slice.__dict__["start"]))
t(lambda: slice(1, 2).start)
t(lambda: setattr(slice(1, 2), "start", 5))
t(lambda: C.__dict__["__dict__"].__get__(C()))
t(lambda: C.__dict__["__dict__"].__get__(1))
t(lambda: C.__dict__["__weakref__"].__get__(C()))
