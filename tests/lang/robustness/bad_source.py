# Robustness: compile() of malformed source (null bytes, bad encodings,
# unterminated constructs, junk) raises SyntaxError/ValueError, never crashes.


def attempt(label, src, mode="exec"):
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(label, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        print(label, "ok")


attempt("null str", "x = 1\0")
attempt("null bytes", b"x = 1\0")
attempt("bad utf8", b"x = '\xff'")
attempt("bad utf8 comment", b"# \xff\nx = 1")
attempt("latin1 cookie", b"# -*- coding: latin-1 -*-\nx = '\xff'")
attempt("bogus cookie", b"# coding: bogus\nx = 1")
attempt("bom", b"\xef\xbb\xbfx = 1")
attempt("bom + cookie latin", b"\xef\xbb\xbf# coding: latin-1\nx = 1")
attempt("unterminated str", "x = 'abc")
attempt("unterminated triple", "x = '''abc\n\n")
attempt("unterminated fstring", "x = f'{1'")
attempt("fstring empty expr", "f'{}'")
attempt("fstring backslash", "f'{\"\\n\"}'")
attempt("fstring nested", "f'{f\"{f'{1}'}\"}'")
attempt("fstring deep", "f'{" * 3 + "1" + "}'" * 3)
attempt("unterminated paren", "x = (1,\n2,\n")
attempt("bad indent", "if 1:\nx = 1")
attempt("unindent mismatch", "if 1:\n    x = 1\n  y = 2")
attempt("tab mix", "if 1:\n\tx = 1\n        y = 2")
attempt("lone backslash", "x = 1 \\")
attempt("backslash eof", "\\")
attempt("bad escape bytes", "b'\\xZZ'")
attempt("bad unicode escape", "'\\N{NOT A NAME}'")
attempt("bad \\u", "'\\u12'")
attempt("bad \\U", "'\\U0011ffff'")
attempt("bytes nonascii", "b'\u00e9'")
attempt("invalid char", "x = 1 $ 2")
attempt("invalid unicode char", "x = 1 \u20ac 2")
attempt("invalid identifier char", "a\u00b7 = 1" if False else "\u00b7a = 1")
attempt("long identifier", "a" * 100000 + " = 1")
attempt("long number", "x = " + "1" * 100000)
attempt("bad number 1", "x = 1__0")
attempt("bad number 2", "x = 0x")
attempt("bad number 3", "x = 1e")
attempt("bad number 4", "x = 0b102")
attempt("bad number 5", "x = 09")
attempt("bad number 6", "x = 1_")
attempt("keyword assign", "None = 1")
attempt("assign literal", "1 = x")
attempt("star alone", "*a")
attempt("return outside", "return 1")
attempt("yield outside", "yield 1")
attempt("await outside", "await x")
attempt("break outside", "break")
attempt("nonlocal module", "nonlocal x")
attempt("dup arg", "def f(a, a): pass")
attempt("default order", "def f(a=1, b): pass")
attempt("eval stmt", "x = 1", "eval")
attempt("single two stmts", "x = 1\ny = 2", "single")
attempt("bad mode", "x", "bogus")
attempt("empty", "")
attempt("only newlines", "\n\n\n")
attempt("only comment", "# hi")
attempt("cr only", "x = 1\ry = 2\r")
attempt("crlf", "x = 1\r\ny = 2\r\n")
attempt("form feed", "\fx = 1")
attempt("deep indent ok", "".join(" " * i + "if 1:\n" for i in range(99)) + " " * 99 + "pass\n")
attempt("many dedents", "if 1:\n" + "".join("  " * i + "if 1:\n" for i in range(1, 50)) + "  " * 50 + "pass\nx = 1\n")
attempt("match soft kw", "match = 1\ncase = 2\nmatch x:\n    case 1: pass\n")
attempt("walrus bad", "(a.b := 1)")
attempt("lambda default", "lambda a=1, b: 0")
attempt("starred assign", "*a, *b = c")
attempt("except star", "try:\n    pass\nexcept* (ValueError):\n    pass\n")
attempt("except star bare", "try:\n    pass\nexcept*:\n    pass\n")

# deterministic junk: must never crash
seed = 12345
# (no digits, 'is' or quotes+parens mixes that make CPython print SyntaxWarnings)
alphabet = "()[]{}:;,.=+-*/%@!<>&|^~\\#\n\t abcxyzif else def class lambda yield await async for in not"
kinds = {}
for i in range(3000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    n = seed % 40
    s = []
    for j in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        s.append(alphabet[seed % len(alphabet)])
    src = "".join(s)
    try:
        compile(src, "<junk>", "exec")
        k = "ok"
    except SyntaxError as e:
        k = type(e).__name__
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        k = type(e).__name__
    kinds[k] = kinds.get(k, 0) + 1
print(sorted(kinds.items()))
print("done")
