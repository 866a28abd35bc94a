import atexit
def a(x, y=2): print("a", x, y)
class B:
    def __call__(self): raise ValueError("boom")
    def __repr__(self): return "<B callback>"
b = B()
atexit.register(a, 1, y=3)
atexit.register(b)
atexit.register(a, 9)
atexit.unregister(a)
atexit.register(lambda: print("lambda"))
print(sorted(n for n in dir(atexit) if not n.startswith("__")))
r = atexit.register(print, "via print")
print(r)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("end of main")
