# Node objects: repr, weak references, __dict__ assignment, subclasses of AST.
import ast, weakref
n = ast.Name("x")
print(repr(n).split(" at ")[0], ast.AST.__init__, ast.Name.__init__ is ast.AST.__init__)
r = weakref.ref(n); print(r() is n)
try: weakref.ref(ast.AST())
except TypeError as e: print(e)
print(ast.AST.__name__, ast.AST.__qualname__, ast.AST.__doc__)
print(type(ast.Name.__dict__["_fields"]), ast.Name._fields is ast.Name.__match_args__)
print(ast.Name.__base__.__name__, ast.expr.__subclasses__()[:3])
print(dir(ast.Name())[:5])
class Q(ast.AST): pass
print(Q._fields, Q().__dict__)
n2 = ast.Name(); n2.__dict__ = {"id": 5}; print(n2.id)
try: n2.__dict__ = 5
except TypeError as e: print(e)
