# The limit of 20 statically nested blocks.
def check(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

def nest(n, kind):
    lines = []
    for i in range(n):
        lines.append("    " * i + kind)
    lines.append("    " * n + "pass")
    return "\n".join(lines) + "\n"

for kind in ("while x:", "for a in b:", "with a:", "try:"):
    for n in (19, 20, 21):
        src = nest(n, kind)
        if kind == "try:":
            src = ""
            for i in range(n):
                src += "    " * i + "try:\n"
            src += "    " * n + "pass\n"
            for i in reversed(range(n)):
                src += "    " * i + "finally:\n" + "    " * (i + 1) + "pass\n"
        print(kind, n, end=" ")
        check(src)
