class Tracker:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow

with Tracker("a") as t:
    print("inside", t.name)
with Tracker("b", swallow=True):
    raise ValueError("swallowed")
try:
    with Tracker("c"), Tracker("d"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def f():
    with Tracker("e"):
        return "returned"
print(f())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
