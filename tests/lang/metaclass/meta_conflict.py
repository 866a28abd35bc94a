class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class D(A, B, metaclass=M3): pass
print(type(D).__name__)
class M1Sub(M1): pass
class E(A, metaclass=M1Sub): pass
class F(E, A): pass
print(type(F).__name__)
class G(A, metaclass=type): pass
print(type(G).__name__)
try:
    type("H", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)
def func_meta(name, bases, ns):
    return "not a class: " + name
class K(metaclass=func_meta): pass
print(K)
try:
    class L(metaclass=5): pass
except TypeError as e:
    print(type(e).__name__, e)
