def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = 'aé€😀b€é'
for sub in ['é', '€', '😀', '😀b', 'b€é', 'x', 'é€😀b€éz']:
    print(s.find(sub), s.rfind(sub), s.count(sub), sub in s)
w = '€' * 5 + 'a'
print(w.find('a'), w.count('€€'), w.find('€a'), 'a' in w)
print('ÿ'.find('ÿ'), 'ab'.find('€'), 'aaa'.count('aa'))
