def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(hash('abc') == hash('abc'), hash('') == 0, hash('a' + 'bc') == hash('abc'))
print(hash('abc'), hash('é'), hash('€'), hash('😀'), hash(''), hash('hello world'))
print(hash(b'abc') == hash('abc'), hash(b'abc'))
s = set(['apple', 'banana', 'cherry', 'date', 'é', '€', 'fig', 'grape'])
print(list(s))
d = {}
for w in 'the quick brown fox jumps over the lazy dog'.split():
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(set('mississippi')), list(set('abcdefghij')))
