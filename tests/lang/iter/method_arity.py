def mk():
    return {
        'list': lambda: [3, 1, 2],
        'tuple': lambda: (3, 1, 2),
        'dict': lambda: {'a': 1, 'b': 2},
        'set': lambda: {1, 2, 3},
        'frozenset': lambda: frozenset({1, 2}),
        'range': lambda: range(5),
        'slice': lambda: slice(1, 5, 2),
        'keys': lambda: {'a': 1}.keys(),
        'items': lambda: {'a': 1}.items(),
        'values': lambda: {'a': 1}.values(),
        'mv': lambda: memoryview(bytearray(b'abcd')),
        'enumerate': lambda: enumerate('ab'),
        'zip': lambda: zip('ab', 'cd'),
        'listiter': lambda: iter([1, 2]),
        'rangeiter': lambda: iter(range(3)),
    }
import sys
argsets = [(), (None,), (1,), ('a',), ([1],), (1, 2), ('a', 1), (1, 2, 3), (0, 0, 0, 0)]
skip = {'__init_subclass__', '__subclasshook__', '__class__', '__reduce_ex__', '__reduce__', '__sizeof__', '__format__', '__dir__', '__getstate__', '__new__', '__init__', '__delattr__', '__setattr__', '__getattribute__', '__hash__', '__repr__', '__str__', '__doc__', '__class_getitem__', 'fromkeys'}
def show(r):
    if r is None or isinstance(r, (int, str, bool, float, list, tuple, dict, set, frozenset, range, slice, bytes)):
        return repr(r)
    return type(r).__name__
for name, f in mk().items():
    for meth in sorted(dir(f())):
        if meth in skip or meth == 'hex' or (meth.startswith('__') and meth not in ('__reversed__', '__length_hint__', '__setstate__', '__contains__')):
            continue
        for args in argsets:
            obj = f()
            try:
                r = getattr(obj, meth)(*args)
                out = show(r)
            except Exception as e:
                out = type(e).__name__ + ': ' + str(e)
            print(name, meth, args, out)
