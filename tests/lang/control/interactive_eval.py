# compile() modes: 'single' prints expression statements, 'eval' returns.
exec(compile('1 + 2\n', '<s>', 'single'))
exec(compile('None\n', '<s>', 'single'))
exec(compile('if 1:\n    x = 5\n    x * 2\n', '<s>', 'single'))
exec(compile('"text"\n', '<s>', 'single'))
print(eval(compile('[1, 2][0] + 40', '<e>', 'eval')))
print(eval('lambda: 7')())
ns = {}
exec('def f():\n    return __name__\n', ns)
print(ns['f']() is None or ns['f']())
print(eval('x + 1', {'x': 1}))
try:
    compile('x = 1', '<e>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile('1\n2\n', '<s>', 'single')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
