# string constants made only of name characters are interned, so they are
# shared across code objects; other constants are not interned
import sys
def f():
    return "shared_ident_42"
def g():
    return "shared_ident_42"
print(f() is g())
print(f() is sys.intern("".join(["shared_", "ident_42"])))
def h():
    return "not an identifier!"
print(h() is sys.intern("".join(["not an ", "identifier!"])))
def tup():
    return ("in_tuple_const", 1)
print(tup()[0] is sys.intern("".join(["in_tuple", "_const"])))
d = {"literal_key": 1}
print(list(d)[0] is sys.intern("".join(["literal", "_key"])))
same_line_a = "two words"; same_line_b = "two words"
print(same_line_a is same_line_b)
print(f.__code__.co_consts[-1] is g.__code__.co_consts[-1])
c = compile("x = 'compiled_ident'", "<s>", "exec")
ns = {}
exec(c, ns)
print(ns["x"] is f.__code__.co_consts[-1], ns["x"] is sys.intern("compiled_ident"))
