def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


e = ImportError('msg')
print(e.msg, e.name, e.path, str(e))
e = ImportError('msg', name='mod', path='/p')
print(e.msg, e.name, e.path, repr(e))
e = ImportError('a', 'b')
print(e.msg, str(e))
e = ImportError()
print(e.msg, repr(str(e)))
e = ImportError(1)
print(str(e))
check(lambda: ImportError('a', foo=1))
e = ModuleNotFoundError('No module named x', name='x')
print(e.name, str(e), isinstance(e, ImportError))
try:
    import no_such_module_krait
except ModuleNotFoundError as err:
    print(type(err).__name__, err.name, err)
try:
    from sys import no_such_name
except ImportError as err:
    print(type(err).__name__, err.name, err)
