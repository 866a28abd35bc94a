def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for spec in ['', '5', '<5', '>5', '^5', '*^6', '.2', '5.1', '€>4', '^', '0>3', '010']:
    print(repr(spec), repr(format('abc', spec)))
t(lambda: format('ab', 'd'))
t(lambda: format('ab', '+'))
t(lambda: format('ab', '#'))
t(lambda: format('ab', '=5'))
t(lambda: format('ab', ','))
t(lambda: format('ab', '.'))
print('{:>8}|{:<8}|{:^8}'.format('é€', '😀', 'x'))
