# Robustness: eval/compile of deeply nested source: CPython's limits and
# messages (too many nested parentheses, recursion during compilation ...).


def attempt(label, src, mode="eval"):
    try:
        code = compile(src, "<nest>", mode)
        r = eval(code) if mode == "eval" else exec(code, {})
    except SyntaxError as e:
        print(label, "SyntaxError:", e.msg, e.lineno, e.offset)
    except RecursionError as e:
        print(label, "RecursionError:", e)
    except MemoryError as e:
        print(label, "MemoryError:", e)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        s = repr(r) if not callable(r) else "<callable>"
        print(label, "ok", type(r).__name__, s if len(s) < 60 else s[:60] + "...")


for n in (10, 100, 199, 200, 201, 300, 1000):
    attempt("parens %d" % n, "(" * n + "1" + ")" * n)
for n in (10, 100, 199, 200, 201):
    attempt("lists %d" % n, "[" * n + "]" * n)
    attempt("dicts %d" % n, "{1:" * n + "1" + "}" * n)
    attempt("calls %d" % n, "abs(" * n + "-1" + ")" * n)
    attempt("subscripts %d" % n, "[" * n + "1" + "]" * n + "[0]" * n)
attempt("unclosed", "(" * 300)
attempt("unmatched", ")" * 300)
attempt("mixed close", "(" * 50 + "]" * 50)
for n in (100, 1000, 10000, 100000):
    attempt("unary minus %d" % n, "-" * n + "1")
    attempt("not %d" % n, "not " * n + "1")
    attempt("tilde %d" % n, "~" * n + "1")
for n in (100, 1000, 10000, 100000):
    attempt("plus chain %d" % n, "+".join(["1"] * n))
    attempt("attr chain %d" % n, "a" + ".b" * n)
for n in (100, 1000, 10000):
    attempt("lambda %d" % n, "lambda: " * n + "1")
    attempt("power %d" % n, "**".join(["1"] * n))
    attempt("ternary %d" % n, "1 if 1 else " * n + "1")
    attempt("and chain %d" % n, " and ".join(["1"] * n))
    attempt("compare chain %d" % n, " < ".join(["1"] * n))
    attempt("tuple %d" % n, ",".join(["1"] * n))
for n in (20, 100, 101, 1000):
    attempt("nested if %d" % n, "".join(" " * i + "if 1:\n" for i in range(n)) + " " * n + "pass\n", "exec")
for n in (20, 100, 1000):
    attempt("nested def %d" % n, "".join(" " * i + "def f():\n" for i in range(n)) + " " * n + "pass\n", "exec")
    attempt("nested for %d" % n, "".join(" " * i + "for x in ():\n" for i in range(n)) + " " * n + "pass\n", "exec")
    attempt("nested try %d" % n, "".join(" " * i + "try:\n" for i in range(n)) + " " * n + "pass\n" + "".join(" " * i + "finally:\n" + " " * i + " pass\n" for i in reversed(range(n))), "exec")
print("done")
