# the empty str, tuple, bytes and frozenset are singletons
def same(a, b):
    return a is b
e = ""
print("str", same(str(), e), same("abc"[3:], e), same("".join([]), e),
      same("a" * 0, e), same("abc".replace("abc", ""), e), same(b"".decode(), e),
      same("x".strip("x"), e), same(format(""), e))
t = ()
print("tuple", same(tuple(), t), same(tuple([]), t), same((1, 2)[5:], t),
      same(tuple(x for x in []), t), same((1,) * 0, t), same(tuple(""), t))
b = b""
print("bytes", same(bytes(), b), same(bytes([]), b), same(b"ab"[2:], b),
      same("".encode(), b), same(b"x" * 0, b), same(bytes(0), b))
f = frozenset()
print("frozenset", same(frozenset(), f), same(frozenset([]), f), same(frozenset(""), f),
      same(frozenset({1}) - frozenset({1}), f) or "no")
print("not singletons", same([], []), same({}, {}), same(set(), set()), same(bytearray(), bytearray()))
print(same(type(None)(), None), same(type(...)(), ...), same(type(NotImplemented)(), NotImplemented))
print(same(bool(5), True), same(bool(""), False), same(not 0, True))
