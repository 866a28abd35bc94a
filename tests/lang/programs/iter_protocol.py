class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(3)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 3
print(list(Seq()), 6 in Seq(), list(reversed([1, 2, 3])))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(zip(range(3), Countdown(10))), list(enumerate(Countdown(2))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
try:
    iter(5)
except TypeError as e:
    print(e)
