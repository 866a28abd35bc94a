# marshal of complex numbers in every version
import marshal

values = [0j, 1 + 2j, -1.5 - 0.5j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e300j,
          complex(float('inf'), 1), complex(1, -float('inf')), 0.1 + 0.2j]
for v in values:
    for version in range(5):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(version, data.hex(), repr(back))
print(marshal.loads(b'x\x031.5\x04-2.0'))
