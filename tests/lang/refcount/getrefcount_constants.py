# constants of the running main script and of exec'd strings carry one more
# reference than those of imported or pre-compiled code (CPython keeps the
# source's AST, which owns them, alive while that code runs)
import sys
import _const_module
a = 1000
print("main int", sys.getrefcount(a))
b = 2.5
print("main float", sys.getrefcount(b))
c = "a string constant"
print("main str", sys.getrefcount(c))
def f():
    return sys.getrefcount(4.75)
print("main function", f())
print("imported", _const_module.count_at_import, _const_module.in_function())
exec("d = 3000\nprint('exec', sys.getrefcount(d))")
code = compile("e = 5000\nprint('compiled then exec', sys.getrefcount(e))", "<s>", "exec")
exec(code)
print("eval", eval("sys.getrefcount(7000)"))
