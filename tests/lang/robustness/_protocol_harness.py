"""Shared by protocol_results*.py: attempt() prints a call's result or
exception; Ret's special methods all return whatever it was given."""


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        s = repr(r)
        print(label, "ok", type(r).__name__, s if len(s) < 60 else s[:60] + "...")


class Ret:
    def __init__(self, v):
        self.v = v

    def __len__(self): return self.v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return self.v
    def __complex__(self): return self.v
    def __hash__(self): return self.v
    def __bool__(self): return self.v
    def __repr__(self): return self.v
    def __str__(self): return self.v
    def __format__(self, spec): return self.v
    def __round__(self, *n): return self.v
    def __iter__(self): return self.v
    def __bytes__(self): return self.v
    def __abs__(self): return self.v
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __next__(self): return self.v
    def __dir__(self): return self.v
    def __sizeof__(self): return self.v


class MyInt(int):
    pass


class MyFloat(float):
    pass
