def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


eg = ExceptionGroup('msg', [ValueError(1), TypeError(2)])
print(str(eg), repr(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(str(ExceptionGroup('one', [ValueError()])))
print(type(BaseExceptionGroup('m', [ValueError()])).__name__)
print(type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
check(lambda: BaseExceptionGroup('a'))
check(lambda: BaseExceptionGroup(1, []))
check(lambda: BaseExceptionGroup('a', 1))
check(lambda: BaseExceptionGroup('a', []))
check(lambda: BaseExceptionGroup('a', [1]))
check(lambda: ExceptionGroup('a', [KeyboardInterrupt()]))
check(lambda: BaseExceptionGroup('a', [ValueError()], x=1))
check(lambda: setattr(eg, 'message', 'new'))
eg2 = ExceptionGroup('tuple', (ValueError('t'),))
print(repr(eg2), eg2.args)
class MyEG(ExceptionGroup):
    pass
check(lambda: MyEG('m', [KeyboardInterrupt()]))
print(type(MyEG('m', [ValueError()])).__name__)
nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])])
print(repr(nested))
