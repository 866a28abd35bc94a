# get_referrers finds the containers that refer to an object.
import gc
gc.disable()
target = ['target']
holder1 = [target]
holder2 = {'k': target}
holder3 = (target, 1)
found = gc.get_referrers(target)
print(any(x is holder1 for x in found))
print(any(x is holder2 for x in found))
print(any(x is holder3 for x in found))
print(any(x is found for x in found))
print(gc.get_referrers())
