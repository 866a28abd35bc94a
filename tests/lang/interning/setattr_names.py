# attribute names given at run time (setattr, type(), namespace dicts) become
# interned keys, equal strings made later map to the same key object
import sys
def dyn(*parts):
    return "".join(parts)
class O:
    pass
o = O()
name = dyn("runtime_", "attr_name")
setattr(o, name, 1)
key = list(vars(o))[0]
print(key == name, key is sys.intern(dyn("runtime_attr", "_name")))
T = type(dyn("Dyn", "Type"), (), {dyn("cls_", "attr"): 5})
print(T.__name__, T.cls_attr)
print([k for k in vars(T) if k == "cls_attr"][0] is sys.intern(dyn("cls", "_attr")))
print(getattr(o, dyn("runtime_attr_", "name")))
d = {}
d[dyn("plain", "_key")] = 1
print(list(d)[0] is sys.intern(dyn("plain_", "key")))
