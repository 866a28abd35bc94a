def t(f):
    try:
        r = f()
        print("ok", [c.__name__ for c in r.__mro__])
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: type("A", (int, str), {}))
t(lambda: type("A", (list, dict), {}))
t(lambda: type("A", (int, object), {}))
t(lambda: type("A", (object, int), {}))
t(lambda: type("A", (Exception, int), {}))
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
t(lambda: type("A", (S1, S2), {}))
class E1:
    __slots__ = ()
t(lambda: type("A", (S1, E1), {}))
class P1: pass
class P2: pass
t(lambda: type("A", (P1, P2, int), {}))
t(lambda: type("A", (ValueError, KeyError), {}))
t(lambda: type("A", (Exception, OSError), {}))
class MyList(list): pass
t(lambda: type("A", (MyList, list), {}))
t(lambda: type("A", (list, MyList), {}))
