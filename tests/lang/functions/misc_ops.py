# Assorted bytecode paths: unpacking, walrus, chained comparisons,
# comprehension scopes, globals, del, augmented assignment, match.
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = "hello"
print(first, rest)
def t(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def u1(): x, y = 1, 2, 3
def u2(): x, y, z = [1]
def u3(): a, *b, c = [1]
def u4(): a, b = 5
t(u1); t(u2); t(u3); t(u4)
if (n := 10) > 5:
    print("walrus", n)
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2)
G = 0
def bump():
    global G
    G += 1
bump(); bump()
print(G)
lst = [1, 2, 3]
lst[1] += 10
d = {"k": 1}
d["k"] *= 5
print(lst, d)
del lst[0], d["k"]
print(lst, d)
class O: pass
o = O()
o.v = 1
o.v += 1
del o.v
print(hasattr(o, "v"))
def m(v):
    match v:
        case 0:
            return "zero"
        case [1, *others]:
            return f"list starting 1 with {others}"
        case {"k": val, **kw}:
            return f"dict k={val} rest={kw}"
        case (int() | float()) as num if num > 100:
            return "big number"
        case str(s):
            return "string " + s
        case O(v=3):
            return "O with v=3"
        case _:
            return "other"
o3 = O(); o3.v = 3
for v in (0, [1, 2, 3], {"k": 9, "j": 1}, 500, "s", o3, 7.5):
    print(m(v))
print(f"{3.5!r:>8}|{'x'!s:^5}|{10:#x}|{'é'!a}")
x = 5
print(f"{x=}", f"{x * 2 = }")
print([i for i in range(3) if i], {i: j for i, j in enumerate("ab")})
print([(i, j) for i in range(3) for j in range(i)])
nested = [[1, 2], [3]]
print([v for row in nested for v in row])
print(not 1, not 0, -(-3), ~5, +4)
print(1 if [] else 2, [] or "default", "a" and "b")
s = slice(1, None, 2)
print("abcdef"[s], "abcdef"[::-1], [0, 1, 2, 3][1:3])
print(3 in [1, 2, 3], 4 not in (1,), x is not None)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
else:
    print("no")
print(i)
for k in range(3):
    pass
else:
    print("for-else", k)
