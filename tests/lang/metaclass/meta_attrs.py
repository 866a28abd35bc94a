class Meta(type):
    counter = 0
    def __getattr__(cls, name):
        return "meta getattr " + name
    def __repr__(cls):
        return "<Meta class " + cls.__name__ + ">"
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return ("meta getitem", k)
    def __iter__(cls):
        return iter([1, 2])
    def __add__(cls, o):
        return "meta add"
class A(metaclass=Meta):
    real = "real"
print(A.real, A.missing, repr(A), len(A), A[5], list(A), A + 1)
print(A.counter)
A.counter = 5
print(A.counter, Meta.counter)
class Sub(A): pass
print(repr(Sub), Sub.zzz)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self):
        print("init once")
print(One() is One())
class Abstract(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=Abstract): pass
class Q:
    quack = 1
print(isinstance(Q(), Duck), isinstance(1, Duck))
print(type(type), type.__class__, Meta.__class__, Meta.__mro__[1:])
