def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
check(lambda: StopIteration(1, x=1))
s = StopIteration(5)
s.value = 6
print(s.value, s.args)
print(SystemExit().code, SystemExit(3).code, SystemExit('msg').code, SystemExit(1, 2).code)
print(repr(SystemExit()), str(SystemExit(4)))
def g():
    return (yield 1)
gen = g()
next(gen)
try:
    gen.send('sent')
except StopIteration as e:
    print('value', e.value)
print(StopAsyncIteration('x').args, issubclass(StopAsyncIteration, Exception))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
