# Robustness: 100000-deep nested lists/tuples/dicts through repr, str, ==,
# hash, len, bool, copy-free ops; CPython raises RecursionError for some.
import sys
N = 100000


def nest_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def nest_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x


def nest_dict(n):
    x = {}
    for _ in range(n):
        x = {"k": x}
    return x


def attempt(label, f):
    try:
        r = f()
    except RecursionError as e:
        print(label, "RecursionError:", e)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        if isinstance(r, (bool, int)) and "hash" not in label:
            print(label, "ok", r)
        else:
            print(label, "ok", type(r).__name__)


for name, make in (("list", nest_list), ("tuple", nest_tuple), ("dict", nest_dict)):
    a = make(N)
    b = make(N)
    attempt(name + " repr", lambda: repr(a))
    attempt(name + " str", lambda: str(a))
    attempt(name + " ==", lambda: a == b)
    attempt(name + " !=", lambda: a != b)
    attempt(name + " len", lambda: len(a))
    attempt(name + " bool", lambda: bool(a))
    attempt(name + " in", lambda: a in [b])
    del a, b
    print(name, "freed")

# shallow nesting still works
print(repr(nest_list(5)), repr(nest_tuple(3)), repr(nest_dict(2)))
print(nest_list(50) == nest_list(50), nest_tuple(50) < nest_tuple(51))
# self-referential containers
l = [1]
l.append(l)
d = {}
d["self"] = d
print(repr(l), repr(d), l == l)
t = ([],)
t[0].append(t)
print(repr(t))
print("done")
