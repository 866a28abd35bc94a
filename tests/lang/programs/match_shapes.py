class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(obj):
    match obj:
        case 0 | 1:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | complex():
            return "float or complex"
        case str() as s if s.startswith("#"):
            return "comment"
        case [x, y, *rest]:
            return f"seq {x} {y} +{len(rest)}"
        case {"type": "circle", "r": r, **others}:
            return f"circle {r} {sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case None:
            return "none"
        case _:
            return "other"

for value in [0, 1, -5, 2.5, 1j, "#x", "y", [1, 2], [1, 2, 3, 4], (9, 8),
              {"type": "circle", "r": 2, "c": 1}, Point(0, 0), Point(0, 3), Point(1, 2), None, {}]:
    print(repr(value) if not isinstance(value, Point) else "Point", "->", describe(value))
