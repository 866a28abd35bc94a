# Assignment expressions in comprehensions and class bodies.
def check(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

check("[i for i in range(3) if (j := i)]\n")
check("[i for i in (j := range(3))]\n")
check("[i for i in range(3) for k in (j := range(i))]\n")
check("[i := 0 for i in range(3)]\n")
check("[(i := 0) for i in range(3)]\n")
check("[[(j := i) for j in range(3)] for i in range(3)]\n")
check("class A:\n    [(y := 1) for i in r]\n")
check("class A:\n    y = (z := 1)\n")
check("def f():\n    [(x := i) for i in r]\n    return x\n")
check("def f():\n    global g\n    [(g := i) for i in r]\n")
check("[x for x in range(3) if (x := 1)]\n")
check("{(a := 1): b for b in c}\n")
check("{a: (b := 1) for a in c}\n")
check("[(c := 1) for a, (b, c) in d]\n")
