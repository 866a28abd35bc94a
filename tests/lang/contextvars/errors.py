# Error cases of ContextVar, Token and Context.
import contextvars

def clean(s):
    # Replaces every " at 0x..." address by " at ADDR" (no re: keep imports small).
    s = str(s)
    out = []
    i = 0
    while True:
        j = s.find(' at 0x', i)
        if j < 0:
            out.append(s[i:])
            return ''.join(out)
        out.append(s[i:j] + ' at ADDR')
        k = j + 6
        while k < len(s) and s[k] in '0123456789abcdef':
            k += 1
        i = k

def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, clean(e))

v = contextvars.ContextVar('v', default=1)
w = contextvars.ContextVar('w')
t(lambda: w.get())
t(lambda: contextvars.ContextVar()); t(lambda: contextvars.ContextVar(1))
t(lambda: contextvars.ContextVar('a', 1)); t(lambda: contextvars.ContextVar('a', default=1, x=2))
tok = v.set(3)
v.reset(tok)
t(lambda: v.reset(tok))
t(lambda: v.reset(5)); t(lambda: w.reset(tok))
tok2 = v.set(4)
t(lambda: w.reset(tok2))
v.reset(tok2)
ctx = contextvars.copy_context()
t(lambda: ctx[w]); t(lambda: ctx['a']); t(lambda: ctx.get('a')); t(lambda: 1 in ctx)
t(lambda: contextvars.Token()); t(lambda: contextvars.Context(1)); t(lambda: contextvars.Context(a=1))
def again():
    return ctx.run(again)
t(lambda: ctx.run(again))
t(lambda: ctx.run())
tok3 = ctx.run(v.set, 9)
t(lambda: v.reset(tok3))
t(lambda: ctx.run(v.reset, tok3))
t(lambda: ctx.run(v.reset, tok3))
t(lambda: hash(ctx)); t(lambda: ctx < ctx)
t(lambda: contextvars.Context[int])
for base in (contextvars.ContextVar, contextvars.Context, contextvars.Token):
    t(lambda: type('S', (base,), {}))
t(lambda: setattr(v, 'name', 'q'))
t(lambda: v.get(1, 2)); t(lambda: v.set())
t(lambda: ctx.run(lambda: 1 / 0))
t(lambda: ctx.get())
