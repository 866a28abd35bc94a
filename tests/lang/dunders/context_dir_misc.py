class Ctx:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with Ctx() as v:
    print("body", v)
with Ctx():
    raise ValueError("swallowed")
print("after")
class Dir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    x = 1
    def m(self): pass
p = Plain()
p.y = 2
d = dir(p)
print("x" in d, "y" in d, "m" in d, "__class__" in d, "__init__" in d, d == sorted(d))
print([n for n in dir(Plain) if not n.startswith("__")])
print(object().__sizeof__() > 0, isinstance(Plain().__sizeof__(), int))
print(Plain().__reduce_ex__(2)[0].__name__ if hasattr(Plain().__reduce_ex__(2)[0], "__name__") else "?")
