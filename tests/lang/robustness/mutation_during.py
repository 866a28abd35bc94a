# Robustness: containers mutated while C code iterates or compares them,
# generators re-entered, and other self-interference: exceptions or
# CPython's documented results, never a crash.


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        s = repr(r)
        print(label, "ok", s if len(s) < 70 else s[:70] + "...")


def sort_mutating():
    a = list(range(20))

    def key(x):
        a.append(x)
        return -x
    a.sort(key=key)
    return a


attempt("sort mutating", sort_mutating)


def sort_clearing():
    a = list(range(20))

    def key(x):
        a.clear()
        return x
    a.sort(key=key)
    return a


attempt("sort clearing", sort_clearing)


class Evil:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        self.lst.clear()
        return False

    def __lt__(self, other):
        self.lst.clear()
        return False

    __hash__ = object.__hash__


def list_index_clear():
    a = []
    a.extend([Evil(a) for _ in range(5)])
    return a.index(1)


attempt("index clearing", list_index_clear)


def list_count_clear():
    a = []
    a.extend([Evil(a) for _ in range(5)])
    return a.count(1)


attempt("count clearing", list_count_clear)


def list_remove_clear():
    a = []
    a.extend([Evil(a) for _ in range(5)])
    a.remove(1)


attempt("remove clearing", list_remove_clear)


def list_eq_clear():
    a = []
    a.extend([Evil(a) for _ in range(5)])
    return a == [1, 2, 3, 4, 5]


attempt("eq clearing", list_eq_clear)


def list_sort_evil():
    a = []
    a.extend([Evil(a) for _ in range(5)])
    a.sort()
    return len(a)


attempt("sort evil", list_sort_evil)


def dict_iter_add():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1


attempt("dict add during iter", dict_iter_add)


def dict_iter_del():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]


attempt("dict del during iter", dict_iter_del)


def set_iter_add():
    s = {1}
    for k in s:
        s.add(k + 1)


attempt("set add during iter", set_iter_add)


def dict_same_size():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 1


attempt("dict same size change", dict_same_size)


class EvilKey:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.d.clear()
        return False


def dict_lookup_clear():
    d = {}
    d[EvilKey(d)] = 1
    return d.get(EvilKey(d))


attempt("dict lookup clearing", dict_lookup_clear)


def list_iter_extend():
    a = [1, 2, 3]
    n = 0
    for x in a:
        if n < 100:
            a.append(x)
        n += 1
    return len(a)


attempt("list extend during iter", list_iter_extend)


def list_extend_self():
    a = [1, 2]
    a.extend(a)
    a += a
    a[1:1] = a
    return a


attempt("extend self", list_extend_self)


def gen_reenter():
    def g():
        yield next(it)
    it = g()
    return next(it)


attempt("generator reenter", gen_reenter)


def gen_close_in_gen():
    def g():
        it.close()
        yield 1
    it = g()
    return next(it)


attempt("generator close itself", gen_close_in_gen)


def gen_throw_in_gen():
    def g():
        it.throw(ValueError)
        yield 1
    it = g()
    return next(it)


attempt("generator throw itself", gen_throw_in_gen)


def repr_mutating():
    class R:
        def __repr__(self):
            a.clear()
            return "R"
    a = [R(), R(), R()]
    return repr(a)


attempt("repr clearing list", repr_mutating)


def dict_repr_mutating():
    class R:
        def __repr__(self):
            d.clear()
            return "R"
    d = {1: R(), 2: R()}
    return repr(d)


attempt("repr clearing dict", dict_repr_mutating)


def del_builtin():
    import builtins
    saved = builtins.len
    del builtins.len
    try:
        return len([])
    finally:
        builtins.len = saved


attempt("deleted builtin", del_builtin)


def class_assign():
    class A:
        pass

    class B:
        pass
    a = A()
    a.__class__ = B
    try:
        a.__class__ = int
    except TypeError as e:
        return type(a).__name__, str(e)


attempt("class assign", class_assign)


def many_args():
    return len((lambda *a, **k: (a, k))(*range(100000), **{"k%d" % i: i for i in range(100000)})[1])


attempt("many args", many_args)


print("done")
