# SyntaxErrors of global/nonlocal declarations (symbol table).
def check(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

check("def f(x):\n    global x\n")
check("def f(x):\n    nonlocal x\n")
check("def f():\n    print(x)\n    global x\n")
check("def f():\n    x = 1\n    global x\n")
check("def f():\n    x: int\n    global x\n")
check("def f():\n    global x\n    x: int = 1\n")
check("def f():\n    def g():\n        print(y)\n        nonlocal y\n    y = 1\n")
check("def f():\n    def g():\n        y = 2\n        nonlocal y\n    y = 1\n")
check("nonlocal x\n")
check("class A:\n    nonlocal x\n")
check("def f():\n    nonlocal x\n")
check("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n")
check("def f():\n    global x\n    global x\n")
check("x = 1\nglobal x\n")
check("def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return C\n")
