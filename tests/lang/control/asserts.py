# assert with and without messages; __debug__.
print(__debug__)
try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert [], ['list', 'msg']
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert False
except AssertionError as e:
    print('AssertionError', e.args)
assert True, never_evaluated
def f():
    assert isinstance(1, int)
    return 'ok'
print(f())
if __debug__:
    print('debug branch')
c = compile('assert False', 'x', 'exec', optimize=1)
exec(c)
print('optimized assert skipped')
c = compile('x = __debug__', 'x', 'exec', optimize=1)
ns = {}
exec(c, ns)
print(ns['x'])
