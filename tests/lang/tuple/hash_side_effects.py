class H:
    n = 0
    def __hash__(self):
        H.n += 1
        print('hash called', H.n)
        return 7
t = (1, H())
print(hash(t) == hash(t), H.n)
d = {t: 1}
print(d[t], H.n)
u = ((1, 2), 'a', None, 1.5, frozenset({1}), b'x')
print(hash(u) == hash(u))
