import math
xs = [i / 7 for i in range(-300, 1500)] + [0.5, 1.5, 170.5, 171.7, -170.5, 1e-25, -1e-25, 141.3, -141.3, 200.5, -200.5]
out = []
for x in xs:
    for f in (math.gamma, math.lgamma):
        try: out.append(repr(f(x)))
        except Exception as e: out.append(type(e).__name__)
print(' '.join(out))
