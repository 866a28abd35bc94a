# fix_missing_locations, copy_location, increment_lineno, get_source_segment, get_docstring.
import ast
src = 'def f():\n    """Doc of f.\n\n    More."""\n    x = 1 +   2\n    return x\n'
t = ast.parse(src)
print(ast.get_docstring(t.body[0]))
print(repr(ast.get_docstring(t.body[0], clean=False)))
print(ast.get_docstring(t))
print(ast.get_docstring(ast.parse('"""mod doc"""\nx=1')))
assign = t.body[0].body[1]
print(repr(ast.get_source_segment(src, assign)))
print(repr(ast.get_source_segment(src, assign.value)))
print(repr(ast.get_source_segment(src, t.body[0], padded=True))[:40])
new = ast.Name("y", ast.Load())
ast.copy_location(new, assign.value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
ast.increment_lineno(t, 10)
print(assign.lineno, assign.end_lineno, assign.value.lineno, t.body[0].lineno)
n = ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))
ast.fix_missing_locations(n)
print(ast.dump(n, include_attributes=True))
try:
    ast.get_docstring(ast.Name("x"))
except TypeError as e:
    print("TypeError", e)
