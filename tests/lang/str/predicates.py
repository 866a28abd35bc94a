def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

cases = ['', 'abc', 'ABC', 'Abc', 'aBC', '123', '12.3', 'a1', ' ', '\t\n', 'Hello World', 'Hello world',
         '²', '½', '一', '٣', 'é', 'ǅ', 'ǅa', 'Σ', '_x', 'x y', '\x00', '\u2028', '\xa0', 'Ⅻ', '①']
for s in cases:
    print(ascii(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(),
          s.isnumeric(), s.islower(), s.isupper(), s.istitle(), s.isspace(),
          s.isidentifier(), s.isprintable())
