# marshal of set and frozenset: elements sorted by their own marshal bytes
import marshal

values = [set(), frozenset(), {1}, {3, 1, 2}, set(['b', 'a', 'c']), frozenset([1, 'x', 2.5, None]),
          {(1, 2), (0, 1)}, frozenset(range(40)), {-1, 2**40, 70000}, frozenset({frozenset({1})})]
for v in values:
    for version in (0, 2, 3, 4):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(version, data.hex()[:120], back == v, type(back).__name__)
print(marshal.loads(b'>\x00\x00\x00\x00') is frozenset())
# order on load follows the data
print(marshal.loads(b'<\x03\x00\x00\x00i\x03\x00\x00\x00i\x01\x00\x00\x00i\x02\x00\x00\x00') == {1, 2, 3})
# iteration order of loaded sets: items are added in the (sorted) data order
for v in [frozenset([33, 1, 17, 9]), set([33, 1, 17, 9, 65, 129]), frozenset(['b', 'a', 'c', 'd']),
          frozenset(range(0, 400, 16)), set([-1, -2, 2**61, 2**62])]:
    for version in (2, 4):
        print(marshal.loads(marshal.dumps(v, version)))
