# __qualname__ of functions, classes, lambdas and comprehension code objects.
def f():
    def g():
        class C:
            def m(self):
                return (lambda: 0)
        return C
    return g

C = f()()
print(f.__qualname__, f().__qualname__, C.__qualname__, C.m.__qualname__)
print(C().m().__qualname__)

class Outer:
    class Inner:
        def meth(self):
            pass
    def gen(self):
        return [x for x in ()]
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)
print(Outer.gen.__code__.co_consts[1].co_qualname if hasattr(Outer.gen.__code__, 'co_qualname') else '')

def glob_decl():
    global declared_global
    def declared_global():
        pass
    return declared_global
print(glob_decl().__qualname__)

lam = lambda: (lambda: 1)
print(lam.__qualname__, lam().__qualname__)
print([c.co_name for c in f.__code__.co_consts if hasattr(c, 'co_name')])
