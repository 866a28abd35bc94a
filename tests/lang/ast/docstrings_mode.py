# exec of trees built from parse, then altered: strings, calls, names, walrus.
import ast
tree = ast.parse("def greet(name):\n    '''Say hi.'''\n    return f'hi {name}'\nprint(greet('bob'))\n")
class Upper(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, str):
            return ast.copy_location(ast.Constant(node.value.upper()), node)
        return node
new = ast.fix_missing_locations(Upper().visit(tree))
ns = {}
exec(compile(new, "<greet>", "exec"), ns)
print(ns["greet"].__doc__)
t = ast.parse("if (n := 10) > 5:\n    print('big', n)\n")
exec(compile(t, "<w>", "exec"))
print(ast.unparse(new))
