# Random bytes/bytearray operations and %-formatting (fixed LCG seed) compared with CPython.
seed = 1
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
ALPH = [b'a', b'b', b'A', b' ', b'\t', b'\n', b',', b'\xe9', b'\x00', b'1', b'\xff', b'ab', b'\r\n', b"'", b'"', b'\\']
def rb(maxlen=8):
    return b''.join(ALPH[rnd(len(ALPH))] for _ in range(rnd(maxlen + 1)))
def rint():
    return rnd(21) - 10
def show(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(r))
NUMS = [0, 1, -1, 7, 255, -4096, 2**40, 3.5, -0.25, 1e-7, 1e22, float('inf'), True, 12345.678]
FMTS = ['d', 'i', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G', 'r', 's', 'a']
FLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+#', '#0']
for it in range(3000):
    s = rb(); t = rb(3); u = rb(2)
    a = rint(); b = rint()
    ba = bytearray(s)
    m = rnd(26)
    if m == 0: show(lambda: s.split(t or None, a))
    elif m == 1: show(lambda: ba.rsplit(t or None, a))
    elif m == 2: show(lambda: s.find(t, a, b))
    elif m == 3: show(lambda: ba.rfind(t, a, b))
    elif m == 4: show(lambda: s.count(t, a, b))
    elif m == 5: show(lambda: s.replace(t, u, a))
    elif m == 6: show(lambda: ba.strip(t or None))
    elif m == 7: show(lambda: s.partition(t))
    elif m == 8: show(lambda: ba.rpartition(t))
    elif m == 9: show(lambda: s.center(rnd(15), u[:1] or b' '))
    elif m == 10: show(lambda: s.expandtabs(a))
    elif m == 11: show(lambda: ba.splitlines(bool(a % 2)))
    elif m == 12: show(lambda: (s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase()))
    elif m == 13: show(lambda: (s.isalnum(), s.isalpha(), s.isdigit(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii()))
    elif m == 14: show(lambda: s[a:b:rnd(5) - 2 or 1])
    elif m == 15: show(lambda: t.join([s, u, s]))
    elif m == 16: show(lambda: (repr(s), repr(ba), str(s)))
    elif m == 17: show(lambda: s.hex() + s.hex('-', a or 1))
    elif m == 18: show(lambda: bytes.fromhex(s.hex(' ')))
    elif m == 19: show(lambda: s.decode('latin-1') + s.decode('utf-8', 'replace') + s.decode('ascii', 'backslashreplace'))
    elif m == 20:
        def mut():
            x = bytearray(s)
            x[a:b] = t
            x.extend(u)
            if x: x.pop(a % len(x))
            x.insert(b, 65)
            del x[::3]
            x += t
            return x
        show(mut)
    elif m == 21:
        n = NUMS[rnd(len(NUMS))]
        spec = '%' + FLAGS[rnd(len(FLAGS))] + ['', '5', '12', '1'][rnd(4)] + ['', '.0', '.3', '.10'][rnd(4)] + FMTS[rnd(len(FMTS))]
        show(lambda: (spec, spec % n))
    elif m == 22:
        n = NUMS[rnd(len(NUMS))]
        spec = '%' + FLAGS[rnd(len(FLAGS))] + ['', '5', '12'][rnd(3)] + ['', '.0', '.3'][rnd(3)] + FMTS[rnd(11)]
        show(lambda: (spec, spec.encode() % n))
    elif m == 23: show(lambda: s.translate(bytes.maketrans(b'ab', b'ba'), t))
    elif m == 24: show(lambda: (s < t, s == t, s + t, s * (a % 4), t in s, a % 256 in s))
    elif m == 25: show(lambda: (s.removeprefix(t), s.removesuffix(t), s.startswith((t, u), a), s.endswith(t, a, b), s.zfill(rnd(10)), s.ljust(rnd(10), b'.'), s.rjust(rnd(10))))
