# Starred expressions in assignments and elsewhere.
def check(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

check("a, *b, *c = d\n")
check("*a = b\n")
check("[*a, *b] = c\n")
check("*a, = b\n")
check("(*a,) = b\n")
check("print(*a)\n")
check("x = *a\n")
check("x = *a, *b\n")
check("del *a, b\n")
check("for *x in y: pass\n")
check("for *x, y in z: pass\n")
check("*a", "eval")
check("return *a, b\n")
check("def f():\n    return *a, b\n")
check("f(a=1, a=2)\n")
check("f(x, y=1, y=2)\n")
check("class C(a=1, a=2): pass\n")
