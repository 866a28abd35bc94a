from __future__ import annotations
# With the __future__ import, annotations are kept as strings.

def f(a: int, b: list[str] = None, *args: tuple[int, ...], **kw: dict) -> Undefined | None:
    pass
print(f.__annotations__)

class C:
    x: Some.Attr[int]
    y: 'quoted'
    z: (1 + 2) * 3
    w: lambda a, *b, c=1: a if b else c
    v: [i for i in range(3) if i]
    u: {k: v for k, v in d.items()}
    t: f'{x!r:>{w}}'
    s: a[1:2, ::3]
    r: not a and b or c
    q: -a ** -b
print(C.__annotations__)
print(f.__code__.co_flags & 0x1000000 != 0)
