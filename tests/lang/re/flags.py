import re
print(re.findall(r'^\w+', 'ab\ncd\nef', re.M), re.findall(r'\w+$', 'ab\ncd\n', re.M), re.findall(r'\w+$', 'ab\ncd\n'))
print(re.search(r'a.b', 'a\nb'), re.search(r'a.b', 'a\nb', re.S), re.search(r'(?s)a.b', 'a\nb'))
print(re.findall(r'[a-c]+', 'ABCabcXYZ', re.I), re.search(r'straße', 'STRASSE', re.I), re.search('ǆ', 'ǅ', re.I))
print(re.search(r'\w+', 'héllo', re.A).group(), re.search(r'\w+', 'héllo').group(), re.search(r'(?a)\d', '٣3').group())
print(re.match(r'''(\d+)  # digits
                   \s*  # space
                   ([a-z]+) # word''', '12 ab', re.X).groups())
print(re.compile('a', re.I | re.M), re.compile('a', re.S | re.X | re.A), re.compile(b'a', re.I), re.compile('a'))
print(re.compile('a', re.U), re.compile(b'x', re.L), re.compile('(?i)a').flags, re.compile('a', re.I).flags)
print(re.match(r'(?i:a)b', 'Ab'), re.match(r'(?i:a)b', 'AB'), re.match(r'a(?-i:b)', 'Ab', re.I), re.match(r'a(?-i:b)', 'AB', re.I))
print(re.search(r'[^a]', 'A', re.I), re.search(r'K', '\u212a', re.I), re.search(r'(?i)[k]', '\u212a'), re.search(r'(?ai)[k]', '\u212a'))
print(re.search(r'(?i)(x)\1', 'xX'), re.search(rb'(?i)A', b'xa'))
print(re.escape('a.b*c'), re.escape(b'a-b'))
print(re.search('\\bé', ' é'), re.search('(?a)\\bé', ' é'))
print(repr(re.compile('x' * 300))[-20:])
