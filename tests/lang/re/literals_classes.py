import re
pats = [r'abc', r'a.c', r'[abc]+', r'[^abc]+', r'[a-z0-9_]+', r'\d+', r'\D+', r'\s+', r'\S+', r'\w+', r'\W+',
        r'[\d\s]+', r'[^\W\d]+', r'\bfoo\b', r'\Bo', r'^ab', r'cd$', r'\Aab', r'cd\Z', r'[\u0100-\u017f]+',
        r'[-a]', r'[]a]', r'x*', r'[é-ü]+', r'\x41', r'\t', r'[.]', r'a|b|cd']
subjects = ['abc', 'xyz abc 123', 'foo bar_baz', ' \t\n', 'ĀāĂ x', 'éü', 'A\t.', 'cd', 'abcd', '-a]']
for p in pats:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and m.span(), m and m.group())
print(re.search('é', 'café'))
print(re.search(b'[a-c]+', b'xxabcz'))
print(re.findall(b'\\w+', b'ab cd\xe9'))
print(re.search(r'\w+', 'naïve café').group(), re.search(r'\d+', '١٢٣ 45').group())
print(re.search('[😀-😂]+', 'xx😀😁!').group())
print(re.search(r'.+', 'ab\ncd').group())
