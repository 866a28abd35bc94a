# compile() of built and modified trees, then running them.
import ast
t = ast.parse("x = 2\ny = x * 21\n")
ns = {}
exec(compile(t, "<tree>", "exec"), ns)
print(ns["y"])
t.body[1].value.op = ast.Add()
exec(compile(t, "<tree>", "exec"), ns)
print(ns["y"])
e = ast.Expression(body=ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7)))
ast.fix_missing_locations(e)
print(eval(compile(e, "<e>", "eval")))
m = ast.Module(body=[
    ast.FunctionDef(name="sq", args=ast.arguments(posonlyargs=[], args=[ast.arg(arg="n")],
                                                  kwonlyargs=[], kw_defaults=[], defaults=[]),
                    body=[ast.Return(value=ast.BinOp(ast.Name("n", ast.Load()), ast.Pow(),
                                                     ast.Constant(2)))],
                    decorator_list=[]),
    ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Call(ast.Name("sq", ast.Load()),
                                                                [ast.Constant(9)], [])], [])),
], type_ignores=[])
ast.fix_missing_locations(m)
exec(compile(m, "<m>", "exec"))
i = ast.Interactive(body=[ast.Expr(ast.Constant("interactive"))])
ast.fix_missing_locations(i)
exec(compile(i, "<i>", "single"))
code = compile(ast.parse("def f():\n    return 1\n"), "fname.py", "exec")
print(code.co_filename, code.co_consts[0].co_name if hasattr(code.co_consts[0], "co_name") else "")
try:
    exec(compile(ast.parse("1/0"), "zd.py", "exec"))
except ZeroDivisionError as ex:
    print("ZeroDivisionError", ex.__traceback__.tb_next.tb_lineno)
src = "total = 0\nfor i in range(5):\n    if i % 2:\n        total += i\n"
tree = ast.parse(src); ns = {}
exec(compile(tree, "loop", "exec"), ns); print(ns["total"])
print(eval(compile(ast.parse("[a * 2 for a in 'xy']", mode="eval"), "c", "eval")))
