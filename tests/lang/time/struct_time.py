import time
S = time.struct_time
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(S), S.__module__, S.__name__, S.n_fields, S.n_sequence_fields, S.n_unnamed_fields)
print(time._STRUCT_TM_ITEMS)
s = S((2024, 1, 2, 3, 4, 5, 6, 7, 8))
print(s, s.tm_zone, s.tm_gmtoff)
s11 = S((2024, 1, 2, 3, 4, 5, 6, 7, 8, "XYZ", 3600))
print(s11, s11.tm_zone, s11.tm_gmtoff, len(s11))
print(s == s11, s == (2024, 1, 2, 3, 4, 5, 6, 7, 8), isinstance(s, tuple))
t(S, (1, 2, 3))
t(S, (1,) * 12)
t(S, (1,) * 9, 5)
t(S, [1, 2, 3, 4, 5, 6, 7, 8, 9])
print(S.__doc__.splitlines()[0])
print(S.tm_year.__doc__, "|", S.tm_gmtoff.__doc__)
g = time.gmtime(0)
print(g.__reduce__())
t(setattr, g, "tm_year", 5)
print(hash(g) == hash(time.gmtime(0)))
