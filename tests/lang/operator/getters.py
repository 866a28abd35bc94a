import operator as op
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
people = [P('bob', 30), P('al', 25), P('cy', 35)]
print([p.name for p in sorted(people, key=op.attrgetter('age'))])
print(op.attrgetter('name', 'age')(people[0]), op.attrgetter('inner.inner.name')(people[1]))
print(op.attrgetter('inner.age', 'name')(people[2]))
print(repr(op.attrgetter('a')), repr(op.attrgetter('a', 'b.c')))
print(repr(op.itemgetter(1)), repr(op.itemgetter(1, 'a')), repr(op.itemgetter(slice(1, 2))))
print(repr(op.methodcaller('f', 1, x=2)), repr(op.methodcaller('f')), repr(op.methodcaller('g', 'a', b=[1], c=None)))
print(op.itemgetter(1)('abc'), op.itemgetter(0, 2)('abc'), op.itemgetter('k')({'k': 9}))
print(op.itemgetter(slice(1, None))([1, 2, 3]))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
print(op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'), op.methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(op.itemgetter('a').__reduce__(), op.attrgetter('a.b', 'c').__reduce__())
print(op.methodcaller('f', 1).__reduce__())
print(type(op.attrgetter('x')).__name__, op.attrgetter.__module__, op.attrgetter.__doc__.splitlines()[0])
print(list(map(op.itemgetter(0), ['ab', 'cd'])))
for bad in ["op.attrgetter()", "op.attrgetter(1)", "op.attrgetter('a', 1)", "op.itemgetter()",
            "op.methodcaller()", "op.methodcaller(1)", "op.attrgetter('a')(1)", "op.attrgetter('a')()",
            "op.attrgetter('a')(1, a=2)", "op.itemgetter(5)([1])", "op.itemgetter(1)(a=1)",
            "op.itemgetter(1)(1)", "op.methodcaller('x')(1, 2)", "op.methodcaller('f', 1)(x=1)",
            "op.methodcaller('nope')(1)", "op.attrgetter('inner.zzz')(people[0])", "op.itemgetter(1, 2)()"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
