# for/else, nested loops with break/continue, loop over many iterables.
for i in range(3):
    pass
else:
    print('done', i)

for i in []:
    print('never')
else:
    print('empty else')

for a in range(3):
    for b in range(3):
        if b == 2:
            break
        if a == b:
            continue
        print(a, b)
    else:
        print('inner else', a)

for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)

for i, (a, *rest) in enumerate(['abc', 'de']):
    print(i, a, rest)

for ch in 'hi':
    print(ch)
else:
    print('str done')

total = 0
for i in range(100):
    if i == 5:
        break
    total += i
else:
    total = -1
print(total)
