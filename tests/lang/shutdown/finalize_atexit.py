# weakref.finalize objects still alive at exit run (newest first) when
# atexit is true; those with atexit = False do not
import weakref
class C:
    pass
a, b, c, d = C(), C(), C(), C()
weakref.finalize(a, print, "finalize a")
weakref.finalize(b, print, "finalize b")
fc = weakref.finalize(c, print, "finalize c (atexit off)")
fc.atexit = False
fd = weakref.finalize(d, print, "finalize d (called early)")
fd()
print("end of script")
