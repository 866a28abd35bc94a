# __reduce__, pickle, copy and deepcopy of node trees.
import ast, copy, pickle
t = ast.parse("def f(x):\n    return [x, {1: 2}, -3.5]\n")
r = t.body[0].__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
print(ast.Name().__reduce__())
print(ast.AST().__reduce__())
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(t, proto))
    print(proto, ast.dump(u, include_attributes=True) == ast.dump(t, include_attributes=True))
c = copy.copy(t.body[0])
print(c is not t.body[0], c.body is t.body[0].body)
d = copy.deepcopy(t)
print(d.body[0].body is not t.body[0].body, ast.dump(d) == ast.dump(t))
try:
    ast.AST.__reduce__(1)
except TypeError as e:
    print("TypeError", e)
