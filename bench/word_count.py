# word-count: string methods, dict counting, sorting by key.
import sys

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()

def make_text(n):
    out = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = WORDS[seed % len(WORDS)]
        if seed % 7 == 0:
            w = w.upper()
        out.append(w + ("," if seed % 11 == 0 else ""))
    return " ".join(out)

def count(text):
    counts = {}
    for word in text.split():
        key = word.strip(",.").lower()
        counts[key] = counts.get(key, 0) + 1
    return counts

def main(n):
    text = make_text(n)
    counts = count(text)
    for word, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
        print(f"{word:>10} {c}")
    joined = "-".join(sorted(counts))
    print(len(joined), joined.count("a"), joined.replace("-", "")[:20])

main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000)
