# proxies are unhashable; proxy type chosen by callability; not subclassable
from _weakref import proxy, ProxyType, CallableProxyType, ref, ReferenceType
class C:
    pass
class K:
    def __call__(self):
        return 1
c, k = C(), K()
p, pk = proxy(c), proxy(k)
for x in (p, pk):
    try:
        hash(x)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(p).__name__, type(pk).__name__, type(proxy(len)).__name__, type(proxy(C)).__name__)
print(ProxyType.__name__, CallableProxyType.__name__, ReferenceType is ref, ref.__name__)
print(ProxyType.__module__, ref.__module__, ref.__qualname__)
for T in (ProxyType, CallableProxyType):
    try:
        class X(T):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ProxyType(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {p: 1}
except TypeError as e:
    print(type(e).__name__, e)
print(pk(), p == p, p != p)
print(sorted(n for n in ("__call__", "__bytes__", "__reversed__", "__iadd__", "__divmod__", "__hash__")
             if hasattr(ProxyType, n)))
print(sorted(n for n in ("__call__", "__bytes__", "__reversed__", "__iadd__", "__divmod__", "__hash__")
             if hasattr(CallableProxyType, n)))
print(ProxyType.__hash__)
