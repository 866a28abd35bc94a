# bigint: pi digits by a spigot over big integers (multiply, divmod, compare).
import sys

def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out

n = int(sys.argv[1]) if len(sys.argv) > 1 else 4500
digits = pi_digits(n)
print("".join(map(str, digits[:50])))
print(sum(digits))
