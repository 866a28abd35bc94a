# ContextVar get/set/reset, defaults, tokens and Token.MISSING.
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

v = contextvars.ContextVar('x', default=1)
w = contextvars.ContextVar('w')
print(v.name, w.name, v.get(), v.get(5), w.get(5), w.get(None))
print(clean(repr(v)), clean(repr(w)), clean(repr(contextvars.ContextVar('d', default=[1, 'a']))))
t1 = v.set(2)
print(v.get(), v.get(7), t1.var is v, t1.old_value is contextvars.Token.MISSING)
print(clean(repr(t1)))
t2 = v.set(3)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get(), clean(repr(t2)))
v.reset(t1)
print(v.get())
tw = w.set('a')
print(w.get())
w.reset(tw)
try:
    w.get()
except LookupError as e:
    print('LookupError', clean(e), e.args[0] is w)
print(repr(contextvars.Token.MISSING), type(contextvars.Token.MISSING).__name__)
print(contextvars.ContextVar[int], contextvars.Token[str])
print(type(v).__name__, type(v).__module__, type(t1).__qualname__)
print(sorted(n for n in contextvars.__all__))
h = hash(v)
print(h == hash(v), v == v, v != w)
print(contextvars.ContextVar('a', default=None).get())
