# Robustness: a long if/elif chain nests in the AST: CPython stops with
# RecursionError (compiler) or MemoryError (parser), never a crash.


def run(label, src, call=None):
    try:
        ns = {}
        exec(compile(src, "<huge>", "exec"), ns)
        r = ns["f"](*call) if call is not None else ns.get("r")
    except Exception as e:
        print(label, type(e).__name__ + ":", str(e)[:100])
    else:
        s = repr(r)
        print(label, "ok", s if len(s) < 80 else s[:80] + "...")


# a long if/elif chain
chain = "def f(x):\n    if x == 0:\n        return 0\n" + "".join(
    "    elif x == %d:\n        return %d\n" % (i, i * 2) for i in range(1, 5000))
run("elif 5000", chain, (4999,))
run("elif 100000", "def f(x):\n    if x == 0:\n        return 0\n" + "".join(
    "    elif x == %d:\n        return %d\n" % (i, i * 2) for i in range(1, 100000)), (4999,))
print("done")
