# break/continue placement.
def check(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

check("break\n")
check("continue\n")
check("if x:\n    break\n")
check("def f():\n    break\n")
check("while x:\n    def f():\n        break\n")
check("for x in y:\n    class A:\n        continue\n")
check("while x:\n    pass\nelse:\n    break\n")
check("for x in y:\n    try:\n        pass\n    finally:\n        continue\n")
check("for x in y:\n    try:\n        pass\n    finally:\n        break\n")
check("while x:\n    try:\n        break\n    except:\n        continue\n")
check("try:\n    pass\nfinally:\n    break\n")
check("for x in y:\n    try:\n        pass\n    except* E:\n        break\n")
check("def f():\n    try:\n        pass\n    except* E:\n        return 1\n")
check("for x in y:\n    try:\n        pass\n    except* E:\n        continue\n")
check("for x in y:\n    try:\n        pass\n    except* E:\n        for z in w:\n            break\n")
