# Summaries of the Unicode character database as str methods see it
# (CPython 3.11 = Unicode 14.0): count and checksum per property.
preds = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable',
         'islower', 'isupper', 'istitle', 'isidentifier', 'isalnum']
chars = [chr(cp) for cp in range(0x30000) if not 0xd800 <= cp < 0xe000]
chars += [chr(cp) for cp in range(0xe0000, 0xe0200)]
for p in preds:
    n = 0
    total = 0
    for c in chars:
        if getattr(c, p)():
            n += 1
            total = (total * 31 + ord(c)) % 1000000007
    print(p, n, total)
for m in ['upper', 'lower', 'title', 'casefold', 'swapcase', 'capitalize']:
    n = 0
    total = 0
    for c in chars:
        r = getattr(c, m)()
        if r != c:
            n += 1
            for x in r:
                total = (total * 31 + ord(x)) % 1000000007
    print(m, n, total)
n = 0
for c in chars:
    if len(repr(c)) != 3:
        n += 1
print('escaped in repr', n)
