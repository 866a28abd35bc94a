import re
tests = [(r'foo(?=bar)', 'foobaz foobar'), (r'foo(?!bar)', 'foobar foobaz'), (r'(?<=\$)\d+', 'cost $42'),
         (r'(?<!\$)\b\d+', '$42 17'), (r'(?<=ab|cd)x', 'cdx'), (r'(\w)\1', 'hello'), (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" ok'),
         (r'(?i)(a)\1', 'aA'), (r'(a)?(?(1)b|c)', 'c'), (r'(a)?(?(1)b|c)', 'ab'), (r'(?=(\w+))\w', 'abc'),
         (r'^(?=.*\d)(?=.*[a-z]).{4,}$', 'ab1x'), (r'(?<=a)(?<!b)c', 'ac'), (r'\b(?!the)\w+', 'the cat'),
         (r'(?<=(a))b', 'ab'), (r'(?!)', 'a'), (r'(?=)', 'a')]
for p, s in tests:
    m = re.search(p, s)
    print(p, s, m and m.span(), m and m.groups())
print(re.findall(r'(?<=-)\w+', 'a-b-cd'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
for bad in [r'(?<=a+)b', r'(?<=a|bc)d', r'\2(a)']:
    try:
        re.compile(bad)
    except re.error as e:
        print('error', e)
