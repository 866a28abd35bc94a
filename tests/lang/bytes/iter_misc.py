def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

it = iter(b'ab')
print(next(it), next(it), list(it), type(iter(b'')).__name__, type(iter(bytearray())).__name__)
it = iter(b'abc')
print(it.__length_hint__(), next(it), it.__length_hint__())
print(b'abc'.__getnewargs__(), b'ab'.__bytes__(), sorted(m for m in dir(b'') if not m.startswith('_')))
print(sorted(m for m in dir(bytearray()) if not m.startswith('_')))
