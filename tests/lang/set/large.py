s = set(range(0, 100000, 7))
print(len(s), 700 in s, 701 in s, max(s), min(s))
for i in range(0, 100000, 14):
    s.discard(i)
print(len(s), list(s)[:10])
t = {str(i) for i in range(2000)}
print(len(t), '1999' in t, '2000' in t)
print(list(t)[:8])
