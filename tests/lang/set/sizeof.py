import sys
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(set(range(10))), sys.getsizeof(set(range(100))))
s = set()
out = []
for i in range(40):
    s.add(i)
    out.append(sys.getsizeof(s))
print(out)
