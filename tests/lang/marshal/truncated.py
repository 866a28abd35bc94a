# every proper prefix of marshalled data fails cleanly (never a crash)
import marshal

values = [12345, 2**100, 1.5, 2j, 'short', 'é', 'x' * 300, b'bytes', (1, 'two', 3.0),
          [None, [True]], {'k': 'v', 1: (2,)}, {1, 2}, frozenset({'a'}), tuple(range(300)),
          [2**70, 2**70]]
for v in values:
    for version in (1, 4):
        data = marshal.dumps(v, version)
        results = []
        for n in range(len(data)):
            try:
                marshal.loads(data[:n])
                results.append('ok')
            except (EOFError, ValueError, TypeError) as e:
                results.append(type(e).__name__[0] + ':' + str(e).split()[0])
        # summarize: distinct messages in order
        seen = []
        for r in results:
            if r not in seen:
                seen.append(r)
        print(version, len(data), seen, marshal.loads(data) == v)
