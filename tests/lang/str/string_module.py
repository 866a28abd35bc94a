# The _string helpers (formatter_parser, formatter_field_name_split) behind string.Formatter.
import _string
for f in ['a{0!r:>5}b{{c}}{x.y[0]}', '', 'plain', '{}', '{:{}}', 'x{', '}}', '{0!s}', 'a}}b{{c', '{!r}', 'é{€}😀']:
    try: print(repr(f), list(_string.formatter_parser(f)))
    except Exception as e: print(repr(f), type(e).__name__, e)
for n in ['0', 'x.y[0]', 'a[b].c', '', '3[x]', 'a.', 'a[', 'a[0]x', 'a[12][b c]']:
    try:
        first, rest = _string.formatter_field_name_split(n); print(repr(n), repr(first), list(rest))
    except Exception as e: print(repr(n), type(e).__name__, e)
print(type(_string.formatter_parser('x')).__name__, type(_string.formatter_field_name_split('a.b')[1]).__name__)
