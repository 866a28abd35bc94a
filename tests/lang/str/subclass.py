def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class S(str):
    def hello(self):
        return 'hi ' + self
s = S('abc')
print(s, type(s).__name__, s.hello(), s.upper(), type(s.upper()).__name__, len(s), s[1], s == 'abc', hash(s) == hash('abc'))
print(isinstance(s, str), str(s), type(str(s)).__name__, repr(s), s + 'd', type(s + 'd').__name__)
print({s: 1}['abc'], 'abc' in {s}, s.split('b'), ''.join([s, s]))
class T(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(T('ab'), len(T('xy')))
s.attr = 5
print(s.attr)
