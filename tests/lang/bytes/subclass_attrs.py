# Instances of str/bytes/bytearray subclasses with a __dict__ or __slots__.
class B(bytes):
    pass
b = B(b'abcdefghijklmnopqrstuvwxyz' * 3)
b.x = 1
b.y = 'two'
print(b.x, b.y, b[:5], len(b), b.upper()[:3], vars(b))
class BA(bytearray):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 't'
x = BA(b'xyz')
x.extend(b'123')
print(x, x.tag, len(x))
class S(str):
    __slots__ = ('a',)
s = S('hello world')
s.a = 5
print(s, s.a, s.upper())
class E(str):
    pass

e = E('é€')
e.q = 1
print(e, e.q, e.encode(), repr(e), e == 'é€', {e: 1}['é€'])
