def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1), 'ab'.__add__('c'), 'ab'.__mul__(2), 'ab'.__rmul__(2))
print('abc'.__eq__('abc'), 'abc'.__lt__(1), 'a'.__ne__('b'), 'abc'.__getnewargs__(), 'abc'.__hash__() == hash('abc'))
print('%s'.__mod__(5), 'x'.__rmod__(5), str.__len__('xyz'), str.upper('a'), 'a'.isascii(), 'é'.isascii())
print('a'.__format__(''), 'a'.__format__('>3'), 'a'.__str__(), 'a'.__repr__())
print(sorted(m for m in dir('') if not m.startswith('_')))
