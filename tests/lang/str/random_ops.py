# Random str operations (fixed LCG seed) compared with CPython.
seed = 1
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
ALPH = ['a', 'b', 'A', ' ', '\t', '\n', ',', 'é', 'ß', 'Σ', '€', '😀', '\x00', '1', '٣', 'ǅ', '\u2028', 'x', 'ab', '\r\n']
def rstr(maxlen=8):
    return ''.join(ALPH[rnd(len(ALPH))] for _ in range(rnd(maxlen + 1)))
def rint():
    return rnd(21) - 10
def show(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(ascii(r))
for it in range(3000):
    s = rstr(); t = rstr(3); u = rstr(2)
    a = rint(); b = rint()
    m = rnd(40)
    if m == 0: show(lambda: s.split(t or None, a))
    elif m == 1: show(lambda: s.rsplit(t or None, a))
    elif m == 2: show(lambda: s.find(t, a, b))
    elif m == 3: show(lambda: s.rfind(t, a, b))
    elif m == 4: show(lambda: s.count(t, a, b))
    elif m == 5: show(lambda: s.replace(t, u, a))
    elif m == 6: show(lambda: s.strip(t or None))
    elif m == 7: show(lambda: s.lstrip(t))
    elif m == 8: show(lambda: s.rstrip(t))
    elif m == 9: show(lambda: s.partition(t))
    elif m == 10: show(lambda: s.rpartition(t))
    elif m == 11: show(lambda: s.startswith(t, a, b))
    elif m == 12: show(lambda: s.endswith((u, t), a))
    elif m == 13: show(lambda: s.center(rnd(15), u[:1] or ' '))
    elif m == 14: show(lambda: s.ljust(rnd(12), u or '*'))
    elif m == 15: show(lambda: s.zfill(rnd(12)))
    elif m == 16: show(lambda: s.expandtabs(a))
    elif m == 17: show(lambda: s.splitlines(bool(a % 2)))
    elif m == 18: show(lambda: (s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()))
    elif m == 19: show(lambda: (s.isalnum(), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isprintable(), s.isidentifier(), s.isascii()))
    elif m == 20: show(lambda: s[a:b:rnd(5) - 2 or 1])
    elif m == 21: show(lambda: t.join([s, u, s]))
    elif m == 22: show(lambda: s.encode('utf-8', 'surrogatepass'))
    elif m == 23: show(lambda: s.encode('latin-1', ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'][rnd(5)]))
    elif m == 24: show(lambda: s.encode('utf-16').decode('utf-16'))
    elif m == 25: show(lambda: s.encode('utf-8')[a:b].decode('utf-8', ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape'][rnd(5)]))
    elif m == 26: show(lambda: repr(s))
    elif m == 27: show(lambda: ('%' + ['s', 'r', 'a', '5s', '-5s', '.2s', 'd', 'x', 'c', '%'][rnd(10)]) % (s if rnd(2) else a,))
    elif m == 28: show(lambda: '{0}{1!r:>{2}}'.format(s, t, rnd(8)))
    elif m == 29: show(lambda: format(s, ['', '>5', '<3', '^7', '*^9', '.3', 'x>4.1'][rnd(7)]))
    elif m == 30: show(lambda: s.translate({ord('a'): 'Z', ord('é'): None, ord('€'): 0x20}))
    elif m == 31: show(lambda: (s < t, s == t, s > t, t in s, s + t, s * (a % 4)))
    elif m == 32: show(lambda: s.index(t, a))
    elif m == 33: show(lambda: s.removeprefix(t) + '|' + s.removesuffix(t))
    elif m == 34: show(lambda: hash(s) == hash(s[:] + ''))
    elif m == 35: show(lambda: list(s))
    elif m == 36: show(lambda: s.encode('utf-8', 'replace').split(t.encode('utf-8', 'replace') or None))
    elif m == 37: show(lambda: bytearray(s.encode('utf-8', 'replace')).replace(b'a', b'XY').upper())
    elif m == 38: show(lambda: s.encode('utf-8', 'replace').hex(':', a or 1))
    elif m == 39: show(lambda: b'%s|%5d|%x' % (s.encode('utf-8', 'replace'), a, abs(b)))
