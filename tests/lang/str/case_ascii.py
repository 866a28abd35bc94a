def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = 'hello World 123 fOO_bar'
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print('ABC'.lower(), 'abc'.upper(), ''.upper(), '123'.title(), "they're bill's".title())
print('hello   world'.title(), 'a1b2'.title(), 'ÀB'.lower(), 'àb'.upper())
t(lambda: 'a'.lower(1))
