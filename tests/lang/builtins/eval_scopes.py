import sys
# globals/locals/vars inside class bodies, comprehensions, nested functions
def outer():
    a = 1
    def inner():
        b = 2
        return sorted(locals())
    return inner(), sorted(locals())
print(outer())
print([sorted(locals()) for _ in range(1)])
class K:
    x = 1
    print(sorted(k for k in vars() if not k.startswith('__')))
    print(dir()[:5])
def modifies():
    x = 1
    locals()['x'] = 2
    return x
print(modifies())
print(eval('a + b', {'a': 1}, {'b': 2}))
def exec_in_func():
    exec('q = 5')
    return 'q' in locals()
print(exec_in_func())
print(eval('__name__'), eval('__name__', {}))
print(eval('__builtins__', {}) is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else eval('__builtins__', {}) is __builtins__)
ns = {}
exec('import sys as s2', ns)
print(ns['s2'] is sys)
code = compile('x = 1\nx + 1', 'c', 'exec')
print(eval(code, {}))
code = compile('x + 1', 'c', 'eval')
print(eval(code, {'x': 41}))
print(exec(compile('1 + 1', 's', 'single'), {}))
try:
    eval('1/0')
except ZeroDivisionError as e:
    print('ZDE', e)
print(globals()['__name__'], globals() is vars())
