# Robustness: compiling and running very large functions and modules.


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


# 50000 statements in one function
body = "".join("    x = x + %d\n" % i for i in range(50000))
run("long body", "def f(x):\n" + body + "    return x\n", (0,))
# 20000 distinct local variables
body = "".join("    v%d = %d\n" % (i, i) for i in range(20000))
run("many locals", "def f():\n" + body + "    return v0 + v19999\n", ())
# 255+ parameters and arguments
params = ", ".join("a%d" % i for i in range(300))
run("300 params", "def f(%s):\n    return a0 + a299\n" % params, tuple(range(300)))
run("300 kw-only", "def f(*, %s):\n    return a0 + a299\n"
    % ", ".join("a%d=%d" % (i, i) for i in range(300)), ())
run("call 1000 args", "def f():\n    return max(%s)\n" % ", ".join(map(str, range(1000))), ())
run("call 1000 kwargs", "def f():\n    return len(dict(%s))\n" % ", ".join("k%d=%d" % (i, i) for i in range(1000)), ())
# jumps far away: a big loop body
body = "".join("        s += %d\n" % i for i in range(20000))
run("long loop", "def f():\n    s = 0\n    for i in range(3):\n" + body + "    return s\n", ())
# big literals
run("list literal", "r = [%s]" % ", ".join(map(str, range(100000))))
run("dict literal", "r = len({%s})" % ", ".join("%d: %d" % (i, i) for i in range(50000)))
run("set literal", "r = len({%s})" % ", ".join(map(str, range(50000))))
run("str literal", "r = len(%r)" % ("x" * 1000000))
run("bytes literal", "r = len(%r)" % (b"y" * 1000000))
run("int literal", "r = len(str(%s))" % ("7" * 4000))
run("int literal too long", "r = %s" % ("7" * 5000))
run("many constants", "r = sum([%s])" % ", ".join("%d.5" % i for i in range(30000)))
run("many names", "r = 0\n" + "".join("n%d = %d\n" % (i, i) for i in range(30000)) + "r = n29999\n")
run("long string concat", "r = len(" + " + ".join(["'ab'"] * 3000) + ")")
run("implicit concat", "r = len(" + " ".join(["'ab'"] * 30000) + ")")
run("fstring parts", "x = 1\nr = len(f'" + "{x}" * 5000 + "')")
run("long line", "r = 1" + " " * 1000000)
run("many lines", "\n" * 1000000 + "r = 5")
print("done")
