def noisy(vals):
    for v in vals:
        print('yield', v)
        yield v
print(any(noisy([0, 1, 2])))
print(all(noisy([1, 0, 2])))
class Truthy:
    def __bool__(self):
        print('bool called')
        return True
print(any([Truthy()]))
class BadBool:
    def __bool__(self):
        raise RuntimeError('no bool')
try:
    all([BadBool()])
except RuntimeError as e:
    print('RuntimeError', e)
