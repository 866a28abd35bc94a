# Robustness: other C-level recursion: isinstance/issubclass with deeply
# nested tuples, deeply nested exception groups, long __cause__ chains in
# repr, nested format specs, deeply nested f-string/format field lookups.


def attempt(label, f):
    try:
        r = f()
    except RecursionError as e:
        print(label, "RecursionError:", str(e)[:32])
    except Exception as e:
        print(label, type(e).__name__ + ":", str(e)[:100])
    else:
        s = repr(r)
        print(label, "ok", s if len(s) < 60 else s[:60] + "...")


t = int
for _ in range(100000):
    t = (t,)
attempt("isinstance deep tuple", lambda: isinstance(1, t))
attempt("issubclass deep tuple", lambda: issubclass(bool, t))
attempt("isinstance no match", lambda: isinstance("x", t))
t = int
for _ in range(50):
    t = (str, t)
attempt("isinstance shallow", lambda: isinstance(1, t))
try:
    raise ValueError(1)
except* TypeError:
    pass
except* ValueError as eg:
    print("except* ok", repr(eg.exceptions))
g = ValueError("leaf")
for i in range(2000):
    g = ExceptionGroup("g%d" % i, [g])
attempt("eg subgroup", lambda: g.subgroup(ValueError) is not None)
attempt("eg split", lambda: len(g.split(ValueError)))
attempt("eg derive", lambda: g.derive([ValueError(1)]).message)
attempt("eg repr", lambda: len(repr(g)))
g = ValueError("leaf")
for i in range(100000):
    g = ExceptionGroup("g", [g])
attempt("eg deep subgroup", lambda: g.subgroup(ValueError) is not None)
attempt("eg deep split", lambda: g.split(ValueError)[0] is not None)
attempt("eg deep repr", lambda: len(repr(g)))
del g
attempt("format nested spec", lambda: "{:{}{}}".format(1, ">", 5))
attempt("format too deep", lambda: "{:{:{}}}".format(1, 2, 3))
attempt("format attr chain", lambda: ("{0" + ".real" * 1000 + "}").format(1))
attempt("format index chain", lambda: ("{0" + "[0]" * 1000 + "}").format(
    __import__("functools").reduce(lambda a, _: [a], range(1000), 5) if False else [[[5]]]))
attempt("% deep dict", lambda: "%(a)s" % {"a": [[[[]]]]})
s = "x"
for _ in range(100):
    s = "{" + s + "}"
attempt("format braces", lambda: s.format())
attempt("fstring deep expr", lambda: eval("f'{" + "(" * 150 + "1" + ")" * 150 + "}'"))
c = None
for i in range(100000):
    e = ValueError(i)
    e.__cause__ = c
    c = e
attempt("cause chain repr", lambda: repr(c))
attempt("cause chain str", lambda: str(c))
del c, e
print("done")
