def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
a.insert(0, 'a'); a.insert(100, 'z'); a.insert(-1, 'y'); a.insert(-100, 'first')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop(-2))
t(lambda: [1].pop('a'))
t(lambda: [1].pop(1, 2))
t(lambda: [].pop(10**30))
t(lambda: [].insert(1))
t(lambda: [].insert('a', 1))
t(lambda: [].insert(10**30, 1))
r = [1, 2, 3, 2, 1]
r.remove(2)
print(r)
t(lambda: r.remove(9))
t(lambda: [].remove())
x = [True, 1, 1.0]
x.remove(1)
print(x)
