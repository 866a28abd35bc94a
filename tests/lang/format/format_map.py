def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('{x}-{y}'.format_map({'x': 1, 'y': 2}))
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a} {b}'.format_map(D(a=1)))
print('{0.upper}'.format_map({'0': 1}) if False else 'skip')
t(lambda: '{0}'.format_map({}))
t(lambda: '{}'.format_map({}))
t(lambda: '{a}'.format_map(1))
t(lambda: '{a}'.format_map({}))
print('plain'.format_map(None))
