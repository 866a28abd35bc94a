import typing
from typing import List, Optional, Union, Dict, Callable, TypeVar, Generic, NamedTuple, Any
print(type[int], List[int], Optional[str], Union[int, str], Dict[str, List[int]])
print(Callable[[int, str], bool], typing.Tuple[int, ...], list[int] | None)
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
print(Box[int], Box(3).item, Box.__parameters__)
class P(NamedTuple):
    x: int
    y: float = 0.0
print(P(1), P(1, 2.5)._asdict(), P._fields)
def f(a: int, b: "str" = "x") -> List[int]:
    return [a]
print(typing.get_type_hints(f))
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
