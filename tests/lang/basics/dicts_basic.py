d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d.update(b=20, d=4)
print(d)
print(d.pop("a"), d.setdefault("e", 5), d)
del d["b"]
print(d, {k: v * 2 for k, v in d.items()}, dict(zip("xyz", range(3))))
for k in d:
    print(k, end=" ")
print()
print({1: "a"} | {2: "b"}, dict.fromkeys("ab", 0))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: kv[1]))
