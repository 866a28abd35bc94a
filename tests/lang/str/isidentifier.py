def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for s in ['a', '_', '1a', 'a1', 'é', 'ℌ', '℘x', 'x·', '·x', 'a b', '', 'ǅ', '𝔘nicode', 'x\u0300', '\u0300x', 'class', 'a-b', 'ⅻ']:
    print(ascii(s), s.isidentifier())
t(lambda: 'a'.isidentifier(1))
