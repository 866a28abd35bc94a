def build(n):
    s = ""
    for i in range(n):
        s += "ab"
        s = s + "c"
    return s
r = build(200000)
print(len(r), r[:7])
t = "x"
u = t
t += "y"
print(t, u)
g = ""
for i in range(50000):
    g += str(i % 10)
print(len(g), g[-5:])
