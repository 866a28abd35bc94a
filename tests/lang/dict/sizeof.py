import sys
print(sys.getsizeof({}), sys.getsizeof({1: 1}), sys.getsizeof({'a': 1}))
d = {}
sizes = []
for i in range(30):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
s = {}
sz = []
for i in range(30):
    s[str(i)] = i
    sz.append(sys.getsizeof(s))
print(sz)
