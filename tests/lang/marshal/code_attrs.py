# the co_* attributes of a loaded code object equal the original's
import marshal

src = '''
import sys
GLOBAL = 1
def outer(p, q=1, *rest, kw, **more):
    cell = p + q
    def inner(z):
        return cell + z + GLOBAL
    return inner, [i for i in rest]
lam = lambda x, y=2: x * y
'''
code = compile(src, 'attrs.py', 'exec')
attrs = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize',
         'co_flags', 'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars',
         'co_cellvars', 'co_filename', 'co_name', 'co_qualname', 'co_firstlineno',
         'co_linetable', 'co_exceptiontable']

def walk(co, depth=0):
    back = marshal.loads(marshal.dumps(co))
    same = [a for a in attrs if getattr(back, a) == getattr(co, a)]
    print('  ' * depth + co.co_name, len(same) == len(attrs), [a for a in attrs if a not in same])
    print('  ' * depth, list(back.co_lines()) == list(co.co_lines()),
          list(back.co_positions()) == list(co.co_positions()))
    for c in co.co_consts:
        if isinstance(c, type(co)):
            walk(c, depth + 1)

walk(code)
loaded = marshal.loads(marshal.dumps(code))
print(loaded.co_varnames, loaded.co_names[:2], loaded.co_filename)
inner_code = [c for c in loaded.co_consts if isinstance(c, type(code))][0]
print(inner_code.co_varnames, inner_code.co_cellvars)
# dumping the loaded code gives the same bytes as dumping the original
print(marshal.dumps(marshal.loads(marshal.dumps(code))) == marshal.dumps(code))
