def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


e = NameError('n', name='x')
print(e.name, e.args)
print(NameError('n').name)
check(lambda: NameError('a', nam=1))
e = AttributeError('a', name='nm', obj=5)
print(e.name, e.obj, e.args)
print(AttributeError().name, AttributeError().obj)
check(lambda: AttributeError('a', nam=1))
try:
    undefined_name_zz
except NameError as err:
    print(err.name, err)
class C:
    pass
try:
    C().missing
except AttributeError as err:
    print(err.name, type(err.obj).__name__, err)
def f():
    print(v)
    v = 1
try:
    f()
except UnboundLocalError as err:
    print(type(err).__name__, isinstance(err, NameError), err)
