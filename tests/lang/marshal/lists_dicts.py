# marshal of lists and dicts (dicts end with TYPE_NULL)
import marshal

values = [[], [1], [1, 'two', 3.0, None], [[], [[]]], list(range(300)),
          {}, {'a': 1}, {1: 'x', 'y': [2, 3], (4, 5): {'z': None}},
          {i: 'v' + str(i) for i in range(20)}, [{'k': [1, {'n': ()}]}]]
for v in values:
    for version in (0, 2, 4):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(version, data.hex()[:120], back == v, type(back).__name__)
# key order is kept
d = {'z': 1, 'a': 2, 'm': 3}
print(list(marshal.loads(marshal.dumps(d))))
# a dict whose key repeats keeps the last value
print(marshal.loads(b'{i\x01\x00\x00\x00Ni\x01\x00\x00\x00T0'))
