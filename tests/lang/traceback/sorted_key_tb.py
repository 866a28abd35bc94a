records = [{"n": 2}, {"n": 1}, {"m": 3}]
print(sorted(records, key=lambda r: r["n"]))
