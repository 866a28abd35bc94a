class Queue:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop(0)
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return bool(self.items)
    def __iter__(self):
        return iter(self.items)

q = Queue()
for i in range(5):
    q.push(i * i)
print(len(q), list(q), bool(q))
total = 0
while q:
    total += q.pop()
print(total, bool(q), len(q))
seed = 7
events = []
for t in range(20):
    seed = (seed * 31 + 11) % 101
    if seed % 3 == 0:
        q.push(t)
    elif q:
        events.append((t, q.pop()))
print(events, list(q))
