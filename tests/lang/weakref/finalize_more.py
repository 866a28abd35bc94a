# weakref.finalize: call once, args, detach, peek, alive, ordering
import weakref
class C:
    pass
log = []
a, b, c = C(), C(), C()
fa = weakref.finalize(a, log.append, "a")
fb = weakref.finalize(b, log.append, "b")
fc = weakref.finalize(c, log.append, "c")
fa2 = weakref.finalize(a, log.append, "a2")
del a
print(log)
print(fa.alive, fa2.alive, fa(), fa.peek(), fa.detach())
print(fb(), log, fb.alive, fb())
del b
print(log)
print(repr(fc).startswith("<finalize object at"), "C object at" in repr(fc))
print(repr(fa).endswith("; dead>"))
fc.atexit = False
print(fc.atexit)
r = fc.detach()
print(r[0] is c, r[1] == log.append, r[2], r[3])
del c
print(log)
def kw(*args, **kwargs):
    log.append((args, sorted(kwargs.items())))
d = C()
weakref.finalize(d, kw, 1, 2, x=3)
del d
print(log[-1])
try:
    weakref.finalize(1, print)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.finalize(C())
except TypeError as e:
    print("TypeError", e)
