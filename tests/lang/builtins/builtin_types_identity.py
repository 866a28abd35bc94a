import builtins
for name in ['bool', 'bytearray', 'bytes', 'classmethod', 'complex', 'dict', 'enumerate',
             'filter', 'float', 'frozenset', 'int', 'list', 'map', 'object', 'property',
             'range', 'reversed', 'set', 'slice', 'staticmethod', 'str', 'super', 'tuple',
             'type', 'zip']:
    t = getattr(builtins, name)
    print(name, type(t).__name__, t.__name__, t.__module__)
print(type(len).__name__, type(print).__name__)
