s = set()
for x in (33, 1, 17, 9, 25, 41, 57, 0, 8, 16):
    s.add(x)
print(list(s))
print(list(set(range(20))))
print(list(set([100, 3, 7, 1000, 64, 12, 5])))
t = set()
for i in range(100):
    t.add(i * 37 % 101)
print(list(t)[:20])
u = set(range(50))
for i in range(0, 50, 2):
    u.discard(i)
u.add(1000); u.add(2)
print(list(u))
v = {-1, -2, -3, 2**40, 2**61, -(2**61)}
print(list(set([-1, -2, -3, 2**40, 2**61, -(2**61)])))
print(list(set([1.5, 2.5, 0.5, 3.0])))
print(list(set([True, 2, 0])))
