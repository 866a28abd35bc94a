a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a)
a.add(10); a.discard(1); print(a, len(a), 3 in a)
print(set("hello"), frozenset([1, 2, 2, 3]), set(), {x % 3 for x in range(10)})
print(sorted({"banana", "apple", "cherry"}))
s = set(range(20)); print(s)
print({"a", "b", "c", "d"})
