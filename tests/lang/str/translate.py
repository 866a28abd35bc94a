def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

tbl = str.maketrans('abc', 'xyz')
print(sorted(tbl.items()), 'aabbcc'.translate(tbl))
tbl2 = str.maketrans('ab', 'AB', 'c')
print('abcabc'.translate(tbl2))
print('hello'.translate({ord('l'): None, ord('h'): 'J', ord('o'): 'ö'}))
print('abc'.translate({97: 98}), 'abc'.translate([]), 'abc'.translate({}))
print(sorted(str.maketrans({'a': 1, 98: 'x'}).items()))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans('ab', 'c'))
t(lambda: str.maketrans({'ab': 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans('a', 'b', 1))
t(lambda: 'a'.translate({97: 1.5}))
t(lambda: 'a'.translate({97: 0x110000}))
t(lambda: 'a'.translate(1))
