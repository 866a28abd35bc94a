# The class hierarchy, _fields, _attributes, __match_args__, docs, defaults.
import ast
names = ["AST", "mod", "Module", "Interactive", "Expression", "FunctionType", "stmt", "FunctionDef",
         "expr", "Name", "Constant", "expr_context", "Load", "Store", "Del", "boolop", "And", "operator",
         "Add", "unaryop", "USub", "cmpop", "Eq", "comprehension", "excepthandler", "ExceptHandler",
         "arguments", "arg", "keyword", "alias", "withitem", "match_case", "pattern", "MatchAs",
         "type_ignore", "TypeIgnore", "ImportFrom", "Slice", "Dict"]
for n in names:
    c = getattr(ast, n)
    print(n, c.__module__, c.__name__, [b.__name__ for b in c.__mro__])
    print("  ", c._fields, c._attributes, c.__match_args__)
    print("  ", repr(c.__doc__))
    print("  ", [k for k in c.__dict__ if k not in ("__weakref__", "__new__", "__getattribute__",
                                                    "__setattr__", "__delattr__", "__init__",
                                                    "__reduce__", "__dict__")])
print(ast.FunctionDef.returns, ast.FunctionDef.type_comment, ast.expr.end_lineno, ast.arg.annotation)
print(hasattr(ast.FunctionDef, "body"), hasattr(ast.Name, "id"))
import _ast
print(sorted(k for k in dir(_ast) if not k.startswith("__")) == sorted(
    k for k in dir(_ast) if not k.startswith("__")))
print(len([k for k in dir(_ast) if isinstance(getattr(_ast, k), type)]))
print(issubclass(ast.Name, ast.AST), isinstance(ast.Load(), ast.expr_context))
