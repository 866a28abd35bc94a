# Which objects the collector tracks.
import gc
gc.disable()
class A:
    pass
def f():
    pass
items = [
    ('int', 1), ('big int', 2**100), ('float', 1.5), ('str', 'abc'), ('bytes', b'x'),
    ('None', None), ('True', True), ('complex', 1j), ('range', range(3)),
    ('empty tuple', ()), ('list', []), ('set', set()), ('frozenset', frozenset()),
    ('bytearray', bytearray()), ('function', f), ('class', A), ('instance', A()),
    ('int type', int), ('module', gc), ('slice', slice(1, 2)), ('lambda', lambda: 0),
    ('bound method', A().__init__), ('property', property()), ('staticmethod', staticmethod(f)),
    ('classmethod', classmethod(f)), ('list iterator', iter([])), ('exception', ValueError()),
    ('object', object()), ('type(None)', type(None)),
]
for name, obj in items:
    print(name, gc.is_tracked(obj))
