# Node constructors: positional/keyword arguments, errors, __dict__, attributes.
import ast
n = ast.Name("x", ast.Load(), lineno=1, col_offset=2)
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, sorted(vars(n)))
print(n.end_lineno)
m = ast.Name()
print(vars(m), hasattr(m, "id"))
try:
    m.id
except AttributeError as e:
    print("AttributeError", e)
print(ast.Name(id="y").__dict__)
print(ast.AST(foo=1).foo)
print(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)).right.value)
for args, kw in [((1, 2, 3), {}), ((1,), {"id": 2}), ((), {"bogus": 1}), ((1,), {})]:
    try:
        print(ast.Name(*args, **kw).__dict__)
    except TypeError as e:
        print("TypeError", e)
for cls in (ast.AST, ast.Load, ast.Pass, ast.keyword, ast.Constant):
    try:
        cls(1, 2, 3)
    except TypeError as e:
        print("TypeError", e)
class MyNode(ast.AST):
    _fields = ("a", "b")
x = MyNode(1, b=2)
print(x.a, x.b, isinstance(x, ast.AST))
class Sub(ast.Name):
    pass
s = Sub("z", ast.Store())
print(type(s).__name__, s.id, ast.dump(s))
n.id = "changed"; del n.lineno
print(n.id, hasattr(n, "lineno"))
n.__dict__ = {"id": "q"}
print(n.id)
print(ast.Load() is ast.Load(), type(ast.Load()) is ast.Load)
t = ast.parse("a; b; c = d + e - f")
print(t.body[0].value.ctx is t.body[1].value.ctx, t.body[2].value.op is ast.parse("x + y").body[0].value.op)
