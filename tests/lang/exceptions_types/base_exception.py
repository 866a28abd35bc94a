def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


e = Exception()
print(repr(e), str(e), e.args)
e = Exception('one')
print(repr(e), str(e), e.args)
e = Exception('a', 2)
print(repr(e), str(e), e.args)
e = ValueError(1)
print(repr(e), str(e))
check(lambda: ValueError(a=1))
check(lambda: BaseException.__new__(int))
check(lambda: BaseException.__new__(1))
e = KeyError('k')
print(repr(e), str(e))
print(repr(KeyError()), repr(str(KeyError())), str(KeyError('a', 'b')))
e.args = [1, 2]
print(e.args, type(e.args).__name__)
check(lambda: delattr(e, 'args'))
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(Exception.__mro__)
print(BaseException.__doc__)
print(ValueError.__doc__)
