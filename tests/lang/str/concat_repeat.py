def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('ab' + 'cd', 'a' + '', '' + 'b', 'é' + '€', 'x' * 3, 3 * 'xy', 'a' * 0, 'a' * -1, '' * 5)
print('€' * 2 + 'a', ('ab' * 2) * 2, 'abc' * True)
t(lambda: 'a' + 1)
t(lambda: 'a' + b'b')
t(lambda: 1 + 'a')
t(lambda: 'a' * 1.5)
t(lambda: 'a' * 'b')
t(lambda: 'a' * (2**64))
s = 'x'
for i in range(5):
    s += str(i)
print(s)
s = ''
for c in 'héllo':
    s += c
print(s, len(s))
