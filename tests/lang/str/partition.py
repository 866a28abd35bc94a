def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('a=b=c'.partition('='), 'a=b=c'.rpartition('='))
print('abc'.partition('x'), 'abc'.rpartition('x'))
print('abc'.partition('abc'), 'é€x€'.partition('€'), 'é€x€'.rpartition('€'))
t(lambda: 'a'.partition(''))
t(lambda: 'a'.rpartition(''))
t(lambda: 'a'.partition(1))
print('prefix_body'.removeprefix('prefix_'), 'body'.removeprefix('x'), 'a.py'.removesuffix('.py'), 'a'.removesuffix(''))
t(lambda: 'a'.removeprefix(1))
t(lambda: 'a'.removesuffix(None))
