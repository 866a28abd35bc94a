d = {1: 1, 2: 2, 3: 3}
out = []
try:
    for k in reversed(d):
        out.append(k)
        if k == 3:
            del d[1]
            d[4] = 4
except RuntimeError as e:
    print('RuntimeError', e)
print(out, d)
d = {1: 1, 2: 2, 3: 3}
out = []
try:
    for k in d:
        out.append(k)
        if k == 1:
            del d[3]
            d[4] = 4
except RuntimeError as e:
    print('RuntimeError', e)
print(out, d)
