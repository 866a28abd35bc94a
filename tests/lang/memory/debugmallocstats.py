# sys._debugmallocstats(): the structure of the pool/arena table it writes to
# the C-level stderr (captured through a pipe on fd 2), and the arithmetic
# that ties its lines together. Numbers differ between implementations, so
# only facts that hold for any state of the heap are printed.
import os
import re
import sys


def capture_stats():
    r, w = os.pipe()
    saved = os.dup(2)
    os.dup2(w, 2)
    try:
        res = sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(w)
        os.close(saved)
    chunks = []
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    return res, b"".join(chunks).decode()


def number(field):
    return int(field.replace(",", ""))


def analyse(text):
    lines = text.split("\n")
    print(lines[0])
    print(repr(lines[1]))
    print(lines[2])
    print(lines[3])
    rows = []
    shapes = set()
    i = 4
    while lines[i]:
        line = lines[i]
        fields = line.split()
        shapes.add((len(line), len(fields), all(f.isdigit() for f in fields)))
        rows.append([int(f) for f in fields])
        i += 1
    print("rows:", len(rows) > 0, "shapes:", shapes)
    classes = [r[0] for r in rows]
    print("classes sorted and in range:", classes == sorted(set(classes)) and all(0 <= c < 32 for c in classes))
    print("size = 16 * (class + 1):", all(r[1] == 16 * (r[0] + 1) for r in rows))
    print("every listed class has pools:", all(r[2] > 0 for r in rows))
    print("blocks fit the pools:", all(r[3] + r[4] > 0 and (r[3] + r[4]) % r[2] == 0 for r in rows))
    values = {}
    labels = []
    i += 1
    while i < len(lines) and lines[i] != "arena map counts":
        line = lines[i]
        i += 1
        if not line:
            labels.append("")
            continue
        m = re.fullmatch(r"(.{35})=(.{21})", line)
        print("eq line ok:", m is not None and m.group(2).strip() == m.group(2).lstrip() and m.group(2)[-1].isdigit())
        label = m.group(1).rstrip()
        generic = re.sub(r"\d+", "N", label)
        labels.append(generic)
        values[generic] = values.get(generic, []) + [number(m.group(2))]
        if generic.endswith("bytes/arena"):
            n, size = [int(x) for x in re.findall(r"\d+", label)]
            print("arena bytes = count * size:", number(m.group(2)) == n * size)
        if generic.endswith("unused pools * N bytes"):
            n, size = [int(x) for x in re.findall(r"\d+", label)]
            print("unused pool bytes = count * size:", number(m.group(2)) == n * size)
            pool_size = size
    print("arena map section:", i < len(lines))
    for label in labels:
        print("label:", label)
    v = {k: vs[0] for k, vs in values.items()}
    print("current = total - reclaimed:",
          v["# arenas allocated current"] == v["# arenas allocated total"] - v["# arenas reclaimed"])
    print("highwater >= current:", v["# arenas highwater mark"] >= v["# arenas allocated current"])
    print("allocated bytes match the table:",
          v["# bytes in allocated blocks"] == sum(r[1] * r[3] for r in rows))
    print("available bytes match the table:",
          v["# bytes in available blocks"] == sum(r[1] * r[4] for r in rows))
    parts = ["# bytes in allocated blocks", "# bytes in available blocks", "N unused pools * N bytes",
             "# bytes lost to pool headers", "# bytes lost to quantization", "# bytes lost to arena alignment"]
    total = values["Total"][0]
    print("total = sum of the parts:", total == sum(v[p] for p in parts))
    print("total = arena bytes:", total == v["N arenas * N bytes/arena"])
    return sum(r[3] for r in rows)


res, text = capture_stats()
print("returns", res)
in_use = analyse(text)
keep = [object() for _ in range(1000)]
res, text = capture_stats()
print("---- after 1000 objects")
in_use2 = analyse(text)
print("blocks in use grew by at least 1000:", in_use2 - in_use >= 1000)
del keep
