def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class B(bytes):
    def first(self):
        return self[0]
b = B(b'abc')
print(b, type(b).__name__, b.first(), b.upper(), type(b.upper()).__name__, len(b), b == b'abc', hash(b) == hash(b'abc'))
print(B(3), B([65]), B('x', 'ascii'), bytes(b), type(bytes(b)).__name__, b + b'd', type(b + b'd').__name__)
class BA(bytearray):
    pass
x = BA(b'xy')
x.append(122)
print(x, type(x).__name__, x.upper(), type(x.upper()).__name__, B.fromhex('41'), type(B.fromhex('41')).__name__)
