def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for w in [0, 3, 6, 7, 8]:
    print(repr('abc'.center(w)), repr('abc'.ljust(w, '*')), repr('abc'.rjust(w, '€')))
print(repr('ab'.center(5, '-')), repr('abc'.center(6, '-')), repr('a'.center(4)))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), ''.zfill(3), 'abc'.zfill(2), '-'.zfill(3))
t(lambda: 'a'.center())
t(lambda: 'a'.center(5, 'ab'))
t(lambda: 'a'.center(5, 1))
t(lambda: 'a'.ljust('x'))
t(lambda: 'a'.zfill('a'))
t(lambda: 'a'.rjust(3, ''))
