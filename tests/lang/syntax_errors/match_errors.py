# Pattern matching compile-time errors.
def check(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

check("match x:\n case y: pass\n case 1: pass\n")
check("match x:\n case a | b: pass\n")
check("match x:\n case [a, a]: pass\n")
check("match x:\n case _: pass\n case 1: pass\n")
check("match x:\n case [a] | [b]: pass\n")
check("match x:\n case (a, b) | (b, c): pass\n")
check("match x:\n case {'k': a, 'k': b}: pass\n")
check("match x:\n case {1: a, 1: b}: pass\n")
check("match x:\n case C(a=1, a=2): pass\n")
check("match x:\n case [*a, *b]: pass\n")
check("match x:\n case a if a: pass\n case 1: pass\n")
check("match x:\n case {**a, **b}: pass\n")
check("match x:\n case C(x=a, y=a): pass\n")
check("match x:\n case (a as b) | (b as a): pass\n")
check("match x:\n case [a, *b] | [*b, a]: pass\n")
check("match x:\n case _ if x: pass\n case 1: pass\n")
check("match x:\n case 1 | _ | 2: pass\n")
check("match x:\n case (y | z) as w: pass\n")
