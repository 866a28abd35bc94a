import re
print(re.sub(r'\d', '#', 'a1b22c'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'x@y and p@q'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'ab'))
print(re.sub(r'a', r'\n\t\\', 'xax'))
print(re.subn(r'a', 'b', 'aaa'), re.subn(r'a', 'b', 'aaa', count=2), re.subn('z', 'y', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'))
print(re.sub(b'a', b'\\\\x', b'bab'), re.sub(b'(a)', lambda m: m.group(1).upper(), b'bab'))
print(re.compile('o').sub('0', 'foo boo', 3))
print(re.sub('(a)|b', r'[\1]', 'ab'))
for bad in [r'\3', r'\g<nope>', r'\g<1', '\\']:
    try:
        re.sub('(a)', bad, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', 'b', b'a')
except TypeError as e:
    print('TypeError', e)
m = re.match(r'(\w+) (\w+)', 'hello world')
print(m.expand(r'\2, \1!'))
