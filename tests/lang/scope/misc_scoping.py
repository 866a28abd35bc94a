# Class bases with * and **, super() in nested functions, except-name deletion, big calls.
class B: pass
bases = (B,)
class A(*bases, **{}):
    def m(self):
        def inner():
            return super(A, self).__class__.__name__, __class__.__name__
        return inner()
print(A.__mro__[1].__name__, A().m())
def f():
    try:
        raise ValueError(1)
    except ValueError as e:
        def g():
            return e
        return g
try:
    f()()
except NameError as e:
    print('NameError', e)
def h():
    global gx
    try:
        raise KeyError(2)
    except KeyError as gx:
        pass
    return 'gx' in globals()
print(h())
x = [lambda: i for i in range(2)]
print([f() for f in x])
print({i: j for i in range(2) for j in range(2) if i != j})
def deco_order():
    out = []
    def d(name):
        out.append(name)
        return lambda fn: fn
    @d('1')
    @d('2')
    class Z: pass
    return out
print(deco_order())
print([*range(3), *'ab'], {*'ab', 1} == {1, 'a', 'b'}, {**{'a': 1}, 'b': 2})
print((*range(2),), f'{"nested" + f"{1+1}"}')
a = b = None
print(a is None is b)
def many(*a, **k): return len(a), len(k)
print(many(*range(40), **{str(i): i for i in range(20)}))
print(many(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32, k=1))
big = [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32, a]
print(len(big), {1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16,17:18,19:20,21:22,23:24,25:26,27:28,29:30,31:32,33:a}[33])
