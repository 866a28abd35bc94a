seed = 41
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed % n
def ri():
    k = rnd(4)
    if k == 0: return rnd(40) - 20
    if k == 1: return rnd(2**62) - 2**61
    if k == 2: return rnd(2**130) - 2**129
    return rnd(2**64)
out = []
for i in range(150):
    a, e, m = ri(), rnd(200) - 100 if rnd(2) else ri(), ri()
    try: out.append(repr(pow(a, e, m)))
    except Exception as ex: out.append(type(ex).__name__ + str(ex))
    try: out.append(repr(pow(a, rnd(40)) if rnd(3) else pow(a, -rnd(5))))
    except Exception as ex: out.append(type(ex).__name__ + str(ex))
    try: out.append(repr((a.to_bytes(20, 'little', signed=True), int.from_bytes(a.to_bytes(20, 'big', signed=True), 'big', signed=True) == a)))
    except Exception as ex: out.append(type(ex).__name__ + str(ex))
    try: out.append(repr((a.bit_count(), a.as_integer_ratio(), round(a, -rnd(25)), divmod(a, m), a ** 2 // (m or 1))))
    except Exception as ex: out.append(type(ex).__name__ + str(ex))
print('\n'.join(out))
