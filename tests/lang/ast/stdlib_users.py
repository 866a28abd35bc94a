# Modules that import ast/inspect: dataclasses, inspect.signature, pprint.
import dataclasses, inspect, pprint
@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)
p = Point(1, 2)
print(p, p < Point(2), dataclasses.asdict(p), dataclasses.fields(p)[0].name)
print(inspect.signature(Point))
def f(a, b: int = 2, *args, c, d=4, **kw) -> str: pass
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.parameters["b"].annotation)
print(sig.bind(1, c=3).arguments)
@dataclasses.dataclass(frozen=True)
class F:
    a: int
try:
    F(1).a = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
pprint.pprint({"k%d" % i: list(range(i)) for i in range(8)}, width=40)
print(inspect.isfunction(f), inspect.getfullargspec(f).args)
