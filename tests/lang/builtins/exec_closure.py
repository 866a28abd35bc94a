def f():
    x = 1
    def g():
        print('x is', x)
    return g
g = f()
exec(g.__code__, {}, None, closure=g.__closure__)
for kw in [{}, {'closure': (1,)}, {'closure': ()}, {'closure': None}]:
    try:
        exec(g.__code__, {}, **kw)
    except TypeError as e:
        print(e)
try:
    exec('1', {}, closure=g.__closure__)
except TypeError as e:
    print(e)
try:
    exec((lambda: 1).__code__, {}, closure=g.__closure__)
except TypeError as e:
    print(e)
print(exec((lambda: 1).__code__, {}, closure=None))
