# Structural pattern matching on AST nodes uses __match_args__.
import ast
def describe(node):
    match node:
        case ast.BinOp(ast.Constant(a), ast.Add(), ast.Constant(b)):
            return "add %r %r" % (a, b)
        case ast.Name(id, ast.Store()):
            return "store " + id
        case ast.Call(func=ast.Name(id=fn), args=[*args]):
            return "call %s/%d" % (fn, len(args))
        case ast.Constant(value=str() as s):
            return "str " + s
        case _:
            return "other " + type(node).__name__
for src in ["1 + 2", "f(a, b)", "'s'", "x - y"]:
    print(describe(ast.parse(src, mode="eval").body))
print(describe(ast.parse("z = 1").body[0].targets[0]))
