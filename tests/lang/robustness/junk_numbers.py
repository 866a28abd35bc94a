# Robustness: deterministic junk through format specs (int/float/complex/
# str/bool) and the number parsers int()/float()/complex(): same results and
# messages as CPython, never a crash.
seed = 2024


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % n


def junk(alphabet, maxlen):
    return "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))


def outcome(f):
    try:
        r = f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "ok " + repr(r)


SPEC = "<>=^+- z#0123456789,_.bcdeEfFgGnosxX%*{}a"
values = [0, -7, 12345678901234567890, True, 1.5, -0.0, float("inf"), float("nan"),
          1e300, 2.5e-10, 3 + 4j, -1j, "abc", ""]
for i in range(600):
    spec = junk(SPEC, 8)
    v = values[i % len(values)]
    print(repr(spec), repr(v), outcome(lambda: format(v, spec)))

NUM = "0123456789+-_. eEjJxXoObBabcdfinINFtyNA()\t\n"
for i in range(400):
    s = junk(NUM, 10)
    print("int", repr(s), outcome(lambda: int(s)))
    print("int0", repr(s), outcome(lambda: int(s, 0)))
    print("float", repr(s), outcome(lambda: float(s)))
    print("complex", repr(s), outcome(lambda: complex(s)))
for base in (-1, 0, 1, 2, 36, 37, 2 ** 70):
    print("base", base, outcome(lambda: int("11", base)))
for s in ("\u0661\u0662", "\uff11\uff12", "1\u00a0", "\u20001", "١.٥", "1_000", "1__0", "_1", "0_7", "0x_1f", "+-1", "  -0x1F  ", "nan", "-inf", "infinity", "iNfInItY", "1e500", "1e-500", "0x1p3"):
    print("str", repr(s), outcome(lambda: int(s)), outcome(lambda: int(s, 0)), outcome(lambda: float(s)), outcome(lambda: complex(s)))
print("done")
