# get_referents on simple containers.
import gc
print(gc.get_referents())
print(sorted(gc.get_referents([1, 2, 3])))
print(sorted(gc.get_referents((4, 5))))
print(sorted(gc.get_referents({'a': 1, 'b': 2})))
print(sorted(gc.get_referents({1: 'x'}), key=str))
print(gc.get_referents(1, 'abc', None))
print(sorted(gc.get_referents([1], [2]), key=str))
s = gc.get_referents({7, 8})
print(sorted(s))
