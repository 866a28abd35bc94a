# Source positions recorded by the compiler (line, end line, columns), as
# sets (instruction offsets differ between implementations).
srcs = [
    'x = 1\ny = (x +\n  2)\n',
    'def f(a, b):\n    if a:\n        return a.b\n    return [i for i in b]\n',
    'try:\n    pass\nexcept E as e:\n    raise\nfinally:\n    z = 3\n',
    'for i in r:\n    if i:\n        continue\n    break\nelse:\n    pass\n',
    'with a as b, c:\n    d = b[1:2]\n',
    'match p:\n    case [x, *y]:\n        pass\n    case {"k": v} if v:\n        pass\n',
    'x = (a\n     .b\n     .c(1,\n        2))\n',
    'class C:\n    "doc"\n    def m(self): return super().m()\n',
]
def walk(co, out):
    out.append((co.co_name, sorted(set(l for _, _, l in co.co_lines() if l is not None)),
                sorted(set(p for p in co.co_positions() if p[0] is not None))))
    for k in co.co_consts:
        if hasattr(k, 'co_lines'):
            walk(k, out)
for s in srcs:
    out = []
    walk(compile(s, 'x', 'exec'), out)
    for name, lines, positions in out:
        print(name, lines)
        print('   ', positions)
