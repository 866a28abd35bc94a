# is_tracked for subclasses of built-in types and for library objects.
import gc
gc.disable()
class S: __slots__ = ()
class S1: __slots__ = ('a',)
class I(int): pass
class IS(int): __slots__ = ()
class St(str): pass
class T(tuple): pass
class F(float): __slots__ = ()
class E(Exception): pass
class L(list): __slots__ = ()
for c in (S, S1, I, IS, St, T, F, E, L):
    o = c()
    print(c.__name__, gc.is_tracked(o), gc.is_tracked(c))
import types, functools, collections, itertools
for o in (types.SimpleNamespace(), functools.partial(print), collections.deque(), collections.OrderedDict(), collections.defaultdict(), itertools.count(), itertools.chain(), iter(()), iter({}), {}.keys(), memoryview(b''), super(S, S()), types.MappingProxyType({}), (i for i in ()), int.__add__, (1).__add__, print, [].append, staticmethod, zip(), map(len, ()), enumerate(()), reversed([]), range(2), slice(None), compile('1','','eval'), NotImplemented, ..., frozenset([1])):
    print(type(o).__name__, gc.is_tracked(o))
