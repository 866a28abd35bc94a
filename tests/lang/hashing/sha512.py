import _sha512
for ctor in [_sha512.sha512, _sha512.sha384]:
    h = ctor()
    print(type(h).__name__, h.name, h.digest_size, h.block_size)
    print(h.hexdigest())
    h.update(b"abc")
    print(h.hexdigest())
    print(h.digest()[:10])
    c = h.copy()
    c.update(b"def")
    print(h.hexdigest()[:20], c.hexdigest()[:20])
    print(ctor(b"abcdef").hexdigest() == c.hexdigest())
    print(ctor(b"x" * 1000).hexdigest())
    print(ctor(bytearray(b"ab"), usedforsecurity=False).hexdigest()[:16])
    print(ctor(string=b"ab").hexdigest()[:16], ctor(memoryview(b"ab")).hexdigest()[:16])
    print(h.update(b""))
for a, k in [(("x",), {}), ((1,), {}), ((), {"data": b"a"}), ((b"a", b"b"), {}), ((), {"foo": 1})]:
    try:
        print(_sha512.sha512(*a, **k).hexdigest()[:8])
    except Exception as e:
        print(type(e).__name__, e)
h = _sha512.sha384()
for a in [("x",), (), (1,), (b"a", b"b")]:
    try:
        h.update(*a)
    except Exception as e:
        print(type(e).__name__, e)
