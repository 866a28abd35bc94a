e = None
for i in range(200000):
    n = ValueError(i)
    n.__context__ = e
    e = n
del e, n
print('deep chain freed')
