class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[1, 2])
class H(G): pass
print(H["x"])
try:
    int[5]
except TypeError as e:
    print(type(e).__name__, e)
class NoGI: pass
try:
    NoGI[1]
except TypeError as e:
    print(type(e).__name__, e)
print(type(G.__dict__["__class_getitem__"]).__name__)
class Both:
    def __getitem__(self, i):
        return "inst", i
    def __class_getitem__(cls, i):
        return "cls", i
print(Both()[1], Both[2])
print(list[int], dict[str, int])
