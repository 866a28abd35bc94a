import random
r = random.Random(42)
data = [(r.randrange(20), i) for i in range(2000)]
s = sorted(data, key=lambda p: p[0])
ok = all(s[i][0] < s[i+1][0] or (s[i][0] == s[i+1][0] and s[i][1] < s[i+1][1]) for i in range(len(s) - 1))
print(ok)
s2 = sorted(data, key=lambda p: p[0], reverse=True)
ok = all(s2[i][0] > s2[i+1][0] or (s2[i][0] == s2[i+1][0] and s2[i][1] < s2[i+1][1]) for i in range(len(s2) - 1))
print(ok)
nums = [r.random() for i in range(5000)]
print(sorted(nums) == sorted(sorted(nums)), sorted(nums)[:1] == [min(nums)])
runs = list(range(100)) + list(range(50, 0, -1)) + list(range(200, 150, -1)) + [7] * 30
print(sorted(runs)[:10], sorted(runs)[-5:])
strs = [str(r.randrange(1000)) for i in range(1000)]
print(sorted(strs)[:5], sorted(strs, reverse=True)[:5])
mixed = [r.randrange(100) * 1.5 if i % 2 else r.randrange(100) for i in range(300)]
print(sorted(mixed)[:6])
print(sorted(range(10), key=lambda x: x % 3))
