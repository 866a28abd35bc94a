def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

name = 'world'
n = 42
print(f'hello {name}!', f'{n:5d}|', f'{name!r}', f'{name:>8}', f'{n * 2}', f'{{}}', f'{name.upper()}')
print(f'{3.14159:.2f}', f'{"q"}', f'{n=}', f'{name[1:3]}', f'{"é€"!a}')
