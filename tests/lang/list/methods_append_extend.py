def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = []
a.append(1); a.append('x'); a.append(None)
print(a, len(a))
a.extend([2, 3]); a.extend((4,)); a.extend(range(5, 7)); a.extend('ab')
print(a)
a.extend(x * 2 for x in [10, 20])
print(a)
b = [1, 2]
b.extend(b)
print(b)
b += b
print(b)
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: [].extend(5))
t(lambda: [].extend())
c = [1]
c += (2, 3)
c += {4: 0}
c += 'z'
print(c)
def bad():
    d = [1]
    d += 5
    return d
t(bad)
