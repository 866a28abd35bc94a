class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return f"{self.name} barks; " + super().speak()


d = Dog("Rex")
print(d, d.speak(), d.kind, Animal.kind, isinstance(d, Animal), issubclass(Dog, Animal))
print(type(d).__name__, Dog.__mro__, Dog.__bases__)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def help():
        return "points"


p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), p.norm2, Point.origin(), Point.help(), len({p, Point(4, 6)}))
print(hasattr(p, "x"), getattr(p, "z", "none"), vars(p))
setattr(p, "z", 9); print(p.z)
