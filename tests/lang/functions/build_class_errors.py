# __build_class__ called directly and its error cases.
import builtins
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: builtins.__build_class__())
t(lambda: builtins.__build_class__(1, "x"))
t(lambda: builtins.__build_class__(lambda: None, 1))
t(lambda: builtins.__build_class__(lambda: None, "X").__name__)
class BadPrep(type):
    @classmethod
    def __prepare__(m, name, bases):
        return 5
def bp():
    class X(metaclass=BadPrep): pass
t(bp)
class NotType:
    def __call__(self, name, bases, ns):
        return ("made", name, bases, sorted(k for k in ns if not k.startswith("__")))
def nt():
    class Y(metaclass=NotType()):
        a = 1
    return Y
t(nt)
def bad_mro_entries():
    class B:
        def __mro_entries__(self, bases):
            return 5
    class C(B()): pass
t(bad_mro_entries)
def classcell_mismatch():
    class M(type):
        def __new__(m, name, bases, ns):
            ns.pop("__classcell__", None)
            return super().__new__(m, name, bases, ns)
    class C(metaclass=M):
        def f(self):
            return __class__
    return C().f()
t(classcell_mismatch)
t(lambda: type("Dyn", (), {"a": 1}).a)
