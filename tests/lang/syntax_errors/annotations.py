# Annotation-related compile errors and behaviour.
def check(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

check("def f():\n    global x\n    x: int\n")
check("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n")
check("(x): int = 1\n")
check("x.y: int\n")
check("x[0]: int = 1\n")
check("[a, b]: int\n")
check("(a, b): int\n")
check("def f(x: int = 1, *, y: str) -> None: pass\n")
check("from __future__ import annotations\ndef f(x: undefined_name) -> also_undefined: pass\n")
