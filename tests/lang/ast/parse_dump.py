# ast.parse + ast.dump of varied constructs, with and without positions.
import ast

SOURCES = [
    "x = 1 + 2 * 3",
    "def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return a\n",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n",
    "class C(B, metaclass=M):\n    '''doc'''\n    x: int = 3\n",
    "try:\n    pass\nexcept* ValueError as e:\n    raise\nelse:\n    pass\nfinally:\n    del a, b[1]\n",
    "match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case str() as s if s: pass\n",
    "f'{a!r:>{w}} and {b=}'",
    "lambda x, *, y=2: (x, y)",
    "[i for i in range(3) if i for j in k]; {k: v for k, v in d}; {s for s in t}; (g for g in h)",
    "a if b else c; not a; -b; ~c; +d; a and b or c; a < b <= c != d is not e in f not in g",
    "x[1:2, ::3]; x.y.z; f(*a, **k, z=1); (yield); global q; nonlocal r",
    "from ..mod import (a as b, c); import os.path as p, sys",
    "with (open(f) as g, h):\n    x += 1; y @= 2; z //= 3\n",
    "while x:\n    break\nelse:\n    continue\n",
    "assert x, 'msg'; b'bytes'; u'u'; 1j; 1.5; ...; None; True",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
    "x: 'ann'\n(y): int = 1\na.b: c\n",
    "(a := 10)",
    "print('é', 'ü')  # non-ascii\n",
]
for src in SOURCES:
    t = ast.parse(src)
    print(ast.dump(t))
    print(ast.dump(t, include_attributes=True))
    print(ast.dump(t, annotate_fields=False, indent=2)[:300])
