# return/yield/await outside functions and related compiler errors.
def check(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

check("return 1\n")
check("x = 1\nreturn\n")
check("class A:\n    return 1\n")
check("yield 1\n")
check("yield from x\n")
check("class A:\n    yield 1\n")
check("await x\n")
check("def f():\n    await x\n")
check("def f():\n    async for x in y: pass\n")
check("def f():\n    async with x: pass\n")
check("async def f():\n    yield from x\n")
check("async def f():\n    yield 1\n    return 2\n")
check("def f():\n    return [x async for x in y]\n")
check("[x for x in (yield)]\n")
check("def f():\n    [(yield x) for x in y]\n")
check("def f():\n    {(yield x): 1 for x in y}\n")
check("def f():\n    ((yield x) for x in y)\n")
check("lambda: (yield)\n")
check("x = [await y for y in z]\n")
check("1 + (yield)", "eval")
