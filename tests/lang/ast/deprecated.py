# The deprecated 3.8 classes defined by ast.py on top of _ast.
import ast, warnings
warnings.simplefilter("ignore")
n = ast.Num(5)
print(type(n).__name__, n.n, isinstance(n, ast.Num), isinstance(ast.Constant(1), ast.Num))
s = ast.Str("x")
print(type(s).__name__, s.s, isinstance(ast.Constant("y"), ast.Str), isinstance(ast.Constant(1), ast.Str))
print(ast.dump(ast.Bytes(b"b")), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
c = ast.parse("3").body[0].value
print(c.n, c.s)
print(ast.dump(ast.Index(value=ast.Constant(1))), ast.ExtSlice(dims=[ast.Constant(1)]).__class__.__name__)
