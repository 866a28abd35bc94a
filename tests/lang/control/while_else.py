# while/else with break and continue.
def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print('found at', i)
            break
        i += 1
    else:
        print('not found')
    return i

search([1, 2, 3], 2)
search([1, 2, 3], 9)

n = 0
out = []
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 7:
        break
    out.append(n)
else:
    out.append('else')
print(out)

x = 3
while x:
    x -= 1
else:
    print('loop ended', x)

while False:
    print('never')
else:
    print('else of empty while')
