def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(dict(), dict(a=1), dict({'b': 2}, c=3), dict([(1, 2)], x=1), dict(zip('ab', [1, 2])))
print(dict(dict=1, self=2))
t(lambda: dict({}, {}))
t(lambda: dict(None))
t(lambda: dict('ab'))
print(dict(['ab', 'cd']))
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self['init'] = True
print(D(x=1), D([(1, 2)]))
d = {}
d.__init__(a=1)
print(d)
d.__init__({'b': 2})
print(d)
print(type({}).__name__, dict.__name__)
