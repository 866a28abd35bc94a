# Field values as converted from the C tree: None for absent optionals, lists, ints.
import ast
t = ast.parse("from . import x\nfrom a import b\nimport c\ndef f(*, k): pass\nd = {**e, 1: 2}\n"
              "x[::]\nf'{a!s}{b!a}{c}'\nraise\ntry: pass\nexcept: pass\n")
imp1, imp2, imp3, fd, dct, sub, js, rs, tr = t.body
print(imp1.module, imp1.level, imp2.level, imp3.names[0].asname)
print(fd.args.kw_defaults, fd.args.vararg, fd.returns, fd.type_comment, fd.args.kwonlyargs[0].annotation)
print([type(k).__name__ for k in dct.value.keys], type(dct.value.values[0]).__name__)
print(sub.value.slice.lower, sub.value.slice.step)
print([getattr(v, "conversion", None) for v in js.value.values])
print(rs.exc, rs.cause, tr.handlers[0].type, tr.handlers[0].name, tr.orelse, tr.finalbody)
c = ast.parse("1 < 2 > 3").body[0].value
print([type(o).__name__ for o in c.ops], type(c.ops), type(c.comparators))
print(ast.parse("x").type_ignores, ast.parse("'k'").body[0].value.kind, ast.parse("u'k'").body[0].value.kind)
print(ast.parse("async for a in b: pass", mode="exec") if False else "skip")
print(ast.parse("[x async for x in y]").body[0].value.generators[0].is_async)
