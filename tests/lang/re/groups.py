import re
m = re.match(r'(a)(b)?(c)', 'ac')
print(m.groups(), m.groups('X'), m.group(0, 1, 2), m.span(2), m.start(3), m.end(3), m.regs)
m = re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)(?:-(?P<day>\d\d))?', 'on 2024-05 ok')
print(m.groupdict(), m.groupdict('-'), m.group('year'), m['mon'], m.lastgroup, m.lastindex)
print(m.string, m.pos, m.endpos, m.re.pattern)
print(m.expand(r'\g<mon>/\g<year> \1'))
p = re.compile(r'(?P<x>a)(b)')
print(p.groups, dict(p.groupindex), p.pattern, p.flags)
print(re.match(r'((a)|(b))+', 'ab').groups(), re.match(r'((a)|(b))+', 'ab').lastindex)
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(?:a)', 'a').lastindex)
for bad in [5, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(repr(re.match('a', 'a')), repr(re.match(b'a', b'ab')))
print(re.match(r'(a*)*', 'aaa').groups(), re.match(r'(a|)*b', 'aab').groups())
print(re.match(r'(?:(a)|b)*', 'ab').groups())
print(p.match('abab', 2), p.match('abab', 1), p.search('xab', 0, 2), p.fullmatch('ab'), p.fullmatch('abc'))
print(p == re.compile(r'(?P<x>a)(b)'), hash(p) == hash(re.compile(r'(?P<x>a)(b)')))
import copy
print(copy.copy(m) is m, copy.deepcopy(p) is p)
print(re.Pattern[str], re.Match[bytes])
