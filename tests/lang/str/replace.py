def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'bb', 2), 'aaa'.replace('aa', 'x'), 'abc'.replace('', '-'))
print('abc'.replace('', '-', 2), 'abc'.replace('x', 'y'), 'abc'.replace('b', ''), ''.replace('', 'x'))
print('a€b€'.replace('€', 'e'), 'abc'.replace('b', '😀'), 'a😀b'.replace('😀', ''), 'aaa'.replace('a', 'b', -1))
print('aaaa'.replace('a', 'b', 0), 'abab'.replace('ab', 'ba'))
t(lambda: 'a'.replace('a'))
t(lambda: 'a'.replace(1, 'b'))
t(lambda: 'a'.replace('a', 1))
t(lambda: 'a'.replace('a', 'b', 'c'))
t(lambda: 'a'.replace('a', 'b', count=1))
t(lambda: 'a'.replace('a', 'b', 1.5))
