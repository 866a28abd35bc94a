for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i, end=" ")
else:
    print("no break")
print()
n = 0
while n < 5:
    n += 1
else:
    print("while done", n)
for x in []:
    pass
else:
    print("empty for else")
x = 15
if x < 10:
    print("small")
elif x < 20:
    print("medium")
else:
    print("large")
print("yes" if x else "no", x and 0, x or 0, not x, None or "d")
i = 0
while True:
    i += 1
    if i == 3:
        break
print(i)
