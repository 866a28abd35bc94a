def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Bad:
    def __lt__(self, other):
        raise ValueError('nope')
t(lambda: sorted([Bad(), Bad()]))
a = [3, 2, 1]
def key(x):
    a.append(x)
    return x
t(lambda: a.sort(key=key))
print(len(a))
b = [3, 2, 1]
def cmp_mut(x):
    b.clear()
    return x
t(lambda: b.sort(key=cmp_mut))
print(b)
def kbad(x):
    if x == 2:
        raise KeyError(x)
    return x
c = [3, 2, 1]
t(lambda: c.sort(key=kbad))
print(c)
class M:
    def __init__(self, v, lst):
        self.v = v; self.lst = lst
    def __lt__(self, o):
        self.lst.append(1)
        return self.v < o.v
lst = []
items = [M(i, lst) for i in (3, 1, 2)]
lst2 = items
t(lambda: lst2.sort())
