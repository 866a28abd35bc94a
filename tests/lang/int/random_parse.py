seed = 3
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed % n
alphabet = list('0123456789_+-. eEjJxXoObBaAfFinINnty()\t') + ['\u0663', '\u2003', 'inf', 'nan', '0x', '0b', '0o', 'infinity']
out = []
for i in range(800):
    s = ''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(8)))
    for f in (int, float, complex):
        try: out.append(repr(f(s)))
        except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
    b = [0, 2, 8, 10, 16, 36][rnd(6)]
    try: out.append(repr(int(s, b)))
    except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
    try: out.append(repr(float.fromhex(s)))
    except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
print('\n'.join(out))
