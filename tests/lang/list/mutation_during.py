def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if len(a) < 6:
        a.append(x * 10)
print(out, a)
b = [1, 2, 3, 4]
for x in b:
    b.remove(x)
print(b)
class Evil:
    def __eq__(self, other):
        del c[:]
        return False
c = [Evil(), Evil(), 1]
print(c.count(1), c)
d = [Evil()]
c = d
t(lambda: 5 in c)
print(d)
