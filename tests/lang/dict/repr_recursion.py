d = {'a': 1}
d['self'] = d
print(d)
e = {1: [d]}
print(e)
print({(1, 2): {'x': None}, 'q': 'it\'s'})
print({}, {1: {}}, {'': ''})
class R:
    def __repr__(self):
        return '<R>'
print({R(): R()})
k = {}.keys()
print(k, {1: 2}.items(), {1: 2}.values())
d2 = {}
d2[1] = d2.keys()
print(d2)
