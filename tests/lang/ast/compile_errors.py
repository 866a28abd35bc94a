# compile() of malformed trees: CPython's TypeErrors and ValueErrors.
import ast
def L(node):
    return ast.fix_missing_locations(node)
def mod(*stmts):
    return ast.Module(body=list(stmts), type_ignores=[])
cases = [
    lambda: compile(ast.Module(), "f", "exec"),
    lambda: compile(ast.Module(body=1), "f", "exec"),
    lambda: compile(ast.Module(body=[1], type_ignores=[]), "f", "exec"),
    lambda: compile(mod(ast.Pass()), "f", "exec"),
    lambda: compile(mod(ast.Expr(None, lineno=1, col_offset=0)), "f", "exec"),
    lambda: compile(L(mod(ast.Expr(ast.Name(1, ast.Load())))), "f", "exec"),
    lambda: compile(L(mod(ast.Expr(ast.Name("x", 2)))), "f", "exec"),
    lambda: compile(mod(ast.Expr(ast.Name("x", ast.Load(), lineno="a", col_offset=0), lineno=1, col_offset=0)), "f", "exec"),
    lambda: compile(ast.Expression(body=ast.Constant(1, lineno=1, col_offset=0)), "f", "exec"),
    lambda: compile(ast.Constant(1), "f", "eval"),
    lambda: compile(mod(ast.ImportFrom(module="x", names=[ast.alias("y")], lineno=1, col_offset=0)), "f", "exec"),
    lambda: compile(L(mod(ast.Expr(ast.Constant([1])))), "f", "exec"),
    lambda: compile(L(mod(ast.Expr(ast.Constant((1, {2}))))), "f", "exec"),
    lambda: compile(L(mod(ast.Expr(ast.List(elts=3, ctx=ast.Load())))), "f", "exec"),
    lambda: compile(L(mod(ast.Expr(ast.List(elts=[None], ctx=ast.Load())))), "f", "exec"),
    lambda: compile(L(mod(ast.Expr(ast.BinOp(ast.Constant(1), ast.Load(), ast.Constant(2))))), "f", "exec"),
    lambda: compile(L(mod(ast.Expr(ast.Constant(1), lineno=None))), "f", "exec"),
    lambda: compile(L(ast.Module(body=[None], type_ignores=[])), "f", "exec"),
    lambda: compile(L(mod(ast.Expr(ast.Constant(1, kind=3)))), "f", "exec"),
    lambda: compile(L(mod(ast.Expr(ast.Attribute(ast.Name("a", ast.Load()), 5, ast.Load())))), "f", "exec"),
]
for c in cases:
    try:
        r = c()
        print("ok", type(r).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" object at ")[0])
