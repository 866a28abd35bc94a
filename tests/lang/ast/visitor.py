# ast.walk, NodeVisitor, NodeTransformer, iter_fields, iter_child_nodes.
import ast
src = "def f(a, b):\n    c = a + b * 2\n    return g(c, a)\n\nclass K:\n    def m(self): return self.x\n"
t = ast.parse(src)
print(sorted({type(n).__name__ for n in ast.walk(t)}))
print([type(n).__name__ for n in ast.iter_child_nodes(t.body[0])])
print([(k, type(v).__name__) for k, v in ast.iter_fields(t.body[0])])

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))
    def visit_FunctionDef(self, node):
        self.seen.append(("def", node.name))
        self.generic_visit(node)
v = Names(); v.visit(t); print(v.seen)

class Swap(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Sub()
        return node
    def visit_Return(self, node):
        return [ast.Expr(ast.Constant("before")), node]
    def visit_ClassDef(self, node):
        return None
t2 = ast.fix_missing_locations(Swap().visit(t))
print(ast.unparse(t2))
print(ast.dump(t2.body[0].body[1], include_attributes=True))
