text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away!
Foxes and dogs: friends or foes?"""

words = [w.strip(".,;:!?").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(words), len(set(words)), max(words, key=len))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:2}: {line[:20]:<20}|{len(line):3}")
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
caps = "".join(c for c in text if c.isupper())
print(caps, text.title()[:30], text.swapcase()[:15])
