import re
tests = [(r'a*', 'aaab'), (r'a*?', 'aaab'), (r'a+?b', 'aaab'), (r'a{2}', 'aaaa'), (r'a{2,3}', 'aaaa'),
         (r'a{2,3}?', 'aaaa'), (r'a{,2}', 'aaaa'), (r'(ab)*', 'ababa'), (r'(ab)*?a', 'ababa'),
         (r'(a|ab)*c', 'abac'), (r'a*+', 'aaa'), (r'a*+a', 'aaa'), (r'(?:ab)*+a', 'ababa'),
         (r'(?:a|b)++', 'abba'), (r'a?+a', 'a'), (r'(?>a+)b', 'aab'), (r'(?>a+)a', 'aaa'),
         (r'(?:a{2})+', 'aaaaa'), (r'x(?:ab|a)*?y', 'xaababy'), (r'(a+)+b', 'aaaab'),
         (r'(?:a*)*b', 'aab'), (r'(a*)+b', 'b'), (r'((a)|b)*?c', 'abc'), (r'.*foo', 'xfooyfoo'),
         (r'.*?foo', 'xfooyfoo'), (r'\d{3,}?', '12345'), (r'(?:x|y){2,}+', 'xyxy'), (r'a{0}b', 'ab')]
for p, s in tests:
    m = re.search(p, s)
    print(p, s, m and m.span(), m and m.groups())
print(re.match(r'(a+)+b', 'a' * 22 + 'c'))
print(len(re.match(r'(?:ab)*', 'ab' * 50000).group()))
print(len(re.match(r'(a|b)*c', 'ab' * 20000 + 'c').group()))
