def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


eg = ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('nested', [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(TypeError)))
print(repr(eg.subgroup(OSError)))
print(eg.subgroup(Exception) is eg)
m, r = eg.split((KeyError, TypeError))
print(repr(m), repr(r))
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(m), repr(r))
check(lambda: eg.split(1))
check(lambda: eg.split())
check(lambda: eg.subgroup((ValueError, 1)))
check(lambda: eg.derive())
d = eg.derive([KeyError('x')])
print(type(d).__name__, repr(d))
eg.add_note('a note')
m = eg.subgroup(ValueError)
print(m.__notes__, m.__notes__ is eg.__notes__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
m, r = MyEG('mine', [ValueError(), TypeError()]).split(ValueError)
print(type(m).__name__, repr(m), repr(r))
