# compile(..., PyCF_ONLY_AST) in every mode and ast.parse's mode argument.
import ast
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.dump(ast.parse("1 + x", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(compile("a; b", "f", "exec", ast.PyCF_ONLY_AST)))
print(type(compile("a", "f", "eval", ast.PyCF_ONLY_AST)).__name__)
t = ast.parse("x")
print(compile(t, "f", "exec", ast.PyCF_ONLY_AST) is t)
for args in [("x", "f", "func_type"), ("x", "f", "bogus"), ("x", "f", "bogus", ast.PyCF_ONLY_AST),
             (3, "f", "exec", ast.PyCF_ONLY_AST), ("x = (", "f", "exec", ast.PyCF_ONLY_AST),
             ("x\0", "f", "exec", ast.PyCF_ONLY_AST)]:
    try:
        r = compile(*args)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ast.parse("def f(:\n pass")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse(b"# coding: latin-1\nx = '\xe9'\n")))
