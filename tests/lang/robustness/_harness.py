"""Shared by the robustness call_* scripts: the junk argument lists and the
printer that shows each call's result or exception (addresses masked).
Files starting with "_" are helpers, not tests."""

ARGS = [(), (None,), (1,), ("x",), (1.5,), ([],), (1, "x"), ("x", None),
        (None, None, None), (1, 2, 3, 4, 5, 6)]
SHOW = (int, bool, float, complex, str, bytes, type(None))
NOREPR = {"id", "hash", "__hash__", "__sizeof__", "__reduce__", "__reduce_ex__",
          "__getstate__", "__subclasshook__"}


def clean(s):
    """s with long hex numbers (addresses) replaced by 0x?."""
    out = []
    i, n = 0, len(s)
    while i < n:
        if s[i] == "0" and s[i + 1:i + 2] == "x":
            j = i + 2
            while j < n and s[j] in "0123456789abcdef":
                j += 1
            if j - i >= 8:
                out.append("0x?")
                i = j
                continue
        out.append(s[i])
        i += 1
    return "".join(out)


def show(name, label, f, args, kw=None, state=None):
    try:
        r = f(*args, **kw) if kw else f(*args)
    except BaseException as e:
        msg = clean(str(e))
        if len(msg) > 200:
            msg = msg[:200] + "..."
        print(label, type(e).__name__ + ":", msg)
        return
    t = type(r)
    if name not in NOREPR and (t in SHOW or isinstance(r, BaseException)):
        s = clean(repr(r))
        if len(s) > 100:
            s = s[:100] + "..."
        print(label, "ok", t.__name__, s)
    else:
        print(label, "ok", t.__name__)
    if state is not None:
        s = state()
        if s is not None:
            print("   state:", s)


def args_label(args, kw=None):
    parts = [repr(a) for a in args]
    if kw:
        parts += [k + "=" + repr(v) for k, v in kw.items()]
    return "(" + ", ".join(parts) + ")"


def run_type(T, tname, entries, make, state=None, wrong=None, args=None):
    """Calls every method of T in entries with junk arguments (args, default
    ARGS). entries: (name, kind); kind m = method needing self, c =
    class/static, n = __new__. make() gives a fresh instance; state(obj), if
    given, shows what a call changed; wrong is a self of the wrong type."""
    args = ARGS if args is None else args
    for name, kind in entries:
        f = getattr(T, name, None)
        if f is None:
            print(tname + "." + name, "missing")
            continue
        base = tname + "." + name
        if kind == "n":
            show(name, base + "()", f, ())
            for a in args:
                show(name, base + args_label((T,) + a).replace(repr(T), tname, 1), f, (T,) + a)
            show(name, base + "(" + tname + ", bogus=1)", f, (T,), {"bogus": 1})
            continue
        if kind == "c":
            for a in args:
                show(name, base + args_label(a), f, a)
            show(name, base + "(bogus=1)", f, (), {"bogus": 1})
            continue
        show(name, base + "()", f, ())
        show(name, base + "(" + repr(wrong) + ")", f, (wrong,))
        for a in args:
            obj = make()
            st = None
            if state is not None:
                before = state(obj)
                st = lambda: None if state(obj) == before else clean(state(obj))
            inner = args_label(a)[1:-1]
            show(name, base + "(<" + tname + ">" + (", " + inner if inner else "") + ")", f, (obj,) + a, None, st)
        show(name, base + "(<" + tname + ">, bogus=1)", f, (make(),), {"bogus": 1})
