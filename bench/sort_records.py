# sort-records: building tuples and lists, sorting with keys, comparisons.
import sys

def main(n):
    seed = 42
    records = []
    for i in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        records.append((seed % 1000, f"name{seed % 997}", i))
    by_score = sorted(records)
    by_name = sorted(records, key=lambda r: (r[1], -r[0]))
    records.sort(key=lambda r: r[2], reverse=True)
    print(by_score[0], by_score[-1], by_name[0], records[0])
    print(sum(r[0] for r in by_score[: n // 2]))

main(int(sys.argv[1]) if len(sys.argv) > 1 else 270000)
