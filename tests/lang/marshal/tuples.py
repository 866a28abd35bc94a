# marshal of tuples: small tuples (version 4, < 256 items) and long ones
import marshal

values = [(), (1,), (1, 2, 3), ('a', 'b'), ((),), tuple([tuple([1, 2]), tuple([3, tuple([4])])]),
          tuple(range(255)), tuple(range(256)), tuple(range(1000))]
for v in values:
    for version in (0, 2, 3, 4):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(len(v), version, len(data), data.hex()[:60], back == v, type(back).__name__)
print(marshal.loads(b')\x00') == ())
print(marshal.loads(b'(\x00\x00\x00\x00'))
