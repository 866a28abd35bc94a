# Building code objects with code(...) and replace(); FunctionType on them.
def f(a, b):
    c = a + b
    def g():
        return c
    return g
co = f.__code__
CodeType = type(co)
co2 = CodeType(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals,
               co.co_stacksize, co.co_flags, co.co_code, co.co_consts, co.co_names,
               co.co_varnames, co.co_filename, 'f2', 'f2', co.co_firstlineno,
               co.co_linetable, co.co_exceptiontable, co.co_freevars, co.co_cellvars)
print(co2.co_name, co2.co_varnames, co2.co_cellvars, co2.co_freevars, co2 == co.replace(co_name='f2', co_qualname='f2'))
try:
    CodeType(1)
except TypeError as e:
    print(e)
print(co._varname_from_oparg(0), co._varname_from_oparg(1))
import types
fn = types.FunctionType(co2, globals())
print(fn(1, 2)())
