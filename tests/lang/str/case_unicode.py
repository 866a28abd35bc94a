def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for s in ['ß', 'ŉ', 'ﬀ', 'İ', 'ǅ', 'ΑΣ', 'ΑΣ Α', 'ΣΑ', 'Σ', 'aΣ b', 'ὒ', 'ῼ', 'ǰ', 'ﬁre', 'STRASSE', 'Straße']:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()), ascii(s.casefold()), ascii(s.swapcase()))
print(ascii('Ǆemal'.title()), ascii('ǆemal'.capitalize()), ascii('MΑΣ.'.lower()), ascii('A\u0345Σ'.lower()))
print('ПРИВЕТ'.lower(), 'привет'.upper(), 'ǈ'.upper(), 'ǈ'.lower())
