import types
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp, mp["a"], len(mp), "a" in mp, "z" in mp, list(mp), mp.get("z", 0))
print(list(mp.keys()), list(mp.values()), list(mp.items()), mp.copy())
d["c"] = 3
print(mp)
t(lambda: mp["zz"])
t(lambda: mp.__setitem__)
def setit():
    mp["x"] = 1
t(setit)
t(lambda: types.MappingProxyType([]))
t(lambda: types.MappingProxyType(1))
t(lambda: mp | {"q": 0})
t(lambda: mp == d)
t(lambda: str(mp))
class C:
    x = 1
t(lambda: type(C.__dict__).__name__)
t(lambda: C.__dict__["x"])
t(lambda: list(reversed(mp)))
