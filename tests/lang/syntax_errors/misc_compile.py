# Other compiler and symbol-table errors.
def check(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

check("def f(a, a): pass\n")
check("def f(a, *, a): pass\n")
check("lambda a, a: 1\n")
check("def f(a, **a): pass\n")
check("def f():\n    from os import *\n")
check("class A:\n    from os import *\n")
check("from __future__ import braces\n")
check("from __future__ import nonsense\n")
check("x = 1\nfrom __future__ import annotations\n")
check('"doc"\nfrom __future__ import annotations\nfrom __future__ import division\n')
check("from __future__ import annotations, generators\nx = 1\n")
check("import a; from __future__ import annotations\n")
check("def f():\n    x: int = 1\n    nonlocal x\n")
check("def f():\n    nonlocal x\n    x: int = 1\n")
check('from __future__ import absolute_import\n"not the docstring"\nfrom __future__ import division\n')
check('"doc"\n"second string"\nfrom __future__ import division\n')
check('from __future__ import division; import os; from __future__ import generators\n')
check("f(" + ", ".join("k%d=%d" % (i, i) for i in range(20)) + ", **kw)\n")
