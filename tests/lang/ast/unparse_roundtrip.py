# ast.unparse round trips: unparse(parse(s)) parses to the same tree.
import ast
SOURCES = [
    "x = (1 + 2) * 3 ** -y",
    "def f(a, /, b=1, *c, d, **e):\n    return lambda q: q\n",
    "async def g():\n    await h()\n    async for i in j:\n        pass\n",
    "class A(B):\n    @dec\n    def m(self) -> None: ...\n",
    "print(f'{x!r:{w}.{p}} {y=}')",
    "with a as (b, c), d: pass",
    "try:\n    1/0\nexcept (E1, E2) as e:\n    raise X from e\nfinally:\n    pass\n",
    "match v:\n    case [1, 2, *r] if r: pass\n    case {'a': 1, **k}: pass\n    case C(1, y=2) as z: pass\n    case _: pass\n",
    "a = [x for x in y if x if not x]; b = {k: v for k, v in z}",
    "del a[1:2], b.c; global g; assert x, y",
    "x = yield from y",
    "from . import a, b as c",
    "s = 'quote\"s' + \"it's\" + '''tri\nple'''",
]
for src in SOURCES:
    t = ast.parse(src)
    u = ast.unparse(t)
    print(u)
    print(ast.dump(ast.parse(u)) == ast.dump(t))
