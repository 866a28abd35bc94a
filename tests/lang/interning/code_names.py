# names in code objects are interned: they are the same object as
# sys.intern of an equal string made at run time
import sys
def dyn(*parts):
    return "".join(parts)
def some_function_name():
    pass
print(some_function_name.__name__ is sys.intern(dyn("some_function", "_name")))
print(some_function_name.__code__.co_name is sys.intern(dyn("some_", "function_name")))
print(some_function_name.__qualname__ is some_function_name.__name__)
def args_fn(first_param, second_param):
    local_var = 1
    return locals()
names = args_fn.__code__.co_varnames
print(names, all(n is sys.intern(dyn(n[:2], n[2:])) for n in names))
print(list(args_fn(1, 2))[2] is sys.intern(dyn("local", "_var")))
def uses_globals():
    return global_thing_xyz
global_thing_xyz = 1
g = uses_globals.__code__.co_names[0]
print(g is sys.intern(dyn("global_thing", "_xyz")))
k = [k for k in globals() if k == "global_thing_xyz"][0]
print(k is g)
class Klass:
    class_attr_abc = 1
    def method_abc(self):
        pass
keys = [k for k in Klass.__dict__ if k.endswith("_abc")]
print(keys, all(k is sys.intern(dyn(k[:3], k[3:])) for k in keys))
print(Klass.__name__ is sys.intern(dyn("Kla", "ss")))
o = Klass()
o.inst_attr_q = 5
print(list(vars(o))[0] is sys.intern(dyn("inst_", "attr_q")))
d = dict(kw_name_one=1, kw_name_two=2)
print(all(k is sys.intern(dyn(k[:3], k[3:])) for k in d))
def kwfn(**kw):
    return kw
print(all(k is sys.intern(dyn(k[:2], k[2:])) for k in kwfn(alpha_k=1, beta_k=2)))
