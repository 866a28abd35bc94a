def t(f):
    try:
        r = f()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class A: pass
t(lambda: A())
t(lambda: A(1))
t(lambda: A(x=1))
t(lambda: object(1))
t(lambda: object.__init__(A(), 1))
t(lambda: object.__new__(A, 1))
t(lambda: object.__new__(1))
t(lambda: object.__new__(int))

class B:
    def __init__(self, x):
        self.x = x
t(lambda: B(1))
t(lambda: object.__new__(B, 1))
t(lambda: B())

class N:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
t(lambda: N(1, 2))

class BadInit:
    def __init__(self):
        return 1
t(lambda: BadInit())

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
t(lambda: Other())
print(Other())
