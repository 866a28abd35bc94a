import collections, _collections
c = collections.Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'])
c.update('aaz')
print(sorted(c.items()))
print(collections.Counter(a=3, b=1) - collections.Counter(a=1), collections.Counter([1, 1, 2]) + collections.Counter([2]))
d = {}
_collections._count_elements(d, 'hello')
print(d)
class M(dict):
    pass
m = M()
_collections._count_elements(m, [1, 1, 2])
print(m)
try:
    _collections._count_elements(1, [1])
except AttributeError as e:
    print('AttributeError', e)
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
print(od, list(od))
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm))
ud = collections.UserDict({'k': 1})
print(ud['k'], collections.UserList([1, 2]) + [3], collections.UserString('ab').upper())
print(sorted(n for n in dir(_collections) if not n.startswith('__') and n != 'OrderedDict'))
import collections.abc
print(isinstance(collections.deque(), collections.abc.MutableSequence), issubclass(collections.defaultdict, collections.abc.Mapping))
