def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

it = iter('aé€😀')
print(next(it), next(it), list(it))
print(list('abc'), tuple(''), [c for c in 'xyz'], list(reversed('abc')))
it = iter('ab')
print(it.__length_hint__(), next(it), it.__length_hint__())
print(sorted('hello'), enumerate('ab').__next__(), dict(zip('abc', range(3))))
print(type(iter('abc')).__name__)
