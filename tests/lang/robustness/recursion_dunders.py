# Robustness: recursion through special methods called from C code
# (__eq__ chains, recursive __repr__/__getattr__/__hash__/__len__/...).


def attempt(label, f):
    try:
        r = f()
    except RecursionError as e:
        # Only the start of the message: which of CPython's checks fires first
        # ("in comparison", "while getting the repr ...") depends on depth parity.
        print(label, "RecursionError:", str(e)[:32])
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        print(label, "ok", type(r).__name__)


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def __eq__(self, other):
        return self.nxt == other

    def __lt__(self, other):
        return self.nxt < other

    __hash__ = None


head = 0
for _ in range(100000):
    head = Node(head)
attempt("eq chain", lambda: head == 1)
attempt("lt chain", lambda: head < 1)
attempt("list contains chain", lambda: 1 in [head])
attempt("list index chain", lambda: [head].index(1))
attempt("list count chain", lambda: [head].count(1))
del head


class R:
    def __repr__(self):
        return repr(self)


attempt("repr", lambda: repr(R()))
attempt("str", lambda: str(R()))
attempt("format", lambda: "%r" % (R(),))
attempt("f-string", lambda: f"{R()!r}")
attempt("repr in list", lambda: repr([R()]))


class G:
    def __getattr__(self, name):
        return getattr(self, name + "x")


attempt("getattr", lambda: G().a)
attempt("hasattr", lambda: hasattr(G(), "a"))


class G2:
    def __getattr__(self, name):
        return self.missing


attempt("getattr self", lambda: G2().a)


class H:
    def __hash__(self):
        return hash(self)


attempt("hash", lambda: hash(H()))
attempt("dict key", lambda: {H(): 1})


class L:
    def __len__(self):
        return len(self)


attempt("len", lambda: len(L()))


class B:
    def __bool__(self):
        return bool(self)


attempt("bool", lambda: bool(B()))
attempt("not", lambda: not B())


class I:
    def __iter__(self):
        return iter(self)


attempt("iter", lambda: iter(I()))
attempt("list()", lambda: list(I()))


class Idx:
    def __index__(self):
        return self.__index__()


attempt("index", lambda: [1, 2][Idx()])


class GI:
    def __getitem__(self, k):
        return self[k]


attempt("getitem", lambda: GI()[0])


class Call:
    def __call__(self):
        return self()


attempt("call", lambda: Call()())


class Add:
    def __add__(self, o):
        return self + o


attempt("add", lambda: Add() + 1)


class Init:
    def __init__(self):
        Init()


attempt("init", lambda: Init())


class SetA:
    def __setattr__(self, k, v):
        setattr(self, k, v)


attempt("setattr", lambda: setattr(SetA(), "a", 1))


class Desc:
    def __get__(self, obj, typ):
        return obj.d


class HasDesc:
    d = Desc()


attempt("descriptor", lambda: HasDesc().d)


class Contains:
    def __contains__(self, x):
        return x in self


attempt("contains", lambda: 1 in Contains())

# sorted with a key that recurses
def key(x):
    return sorted([x], key=key)


attempt("sorted key", lambda: sorted([1, 2], key=key))
attempt("map", lambda: list(map(lambda x: list(map(key, [x])), [1])))
print("done")
