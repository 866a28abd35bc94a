# oop-methods: method calls, attribute access, properties and inheritance.
import sys

class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    @property
    def energy(self):
        return 0.5 * self.vel.dot(self.vel)

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        self.steps += 1


class Damped(Particle):
    def step(self, dt):
        super().step(dt)
        self.vel = self.vel.scale(0.999)


def main(n):
    particles = [Particle(Vector(i, -i), Vector(1.0, 0.5)) if i % 2 else
                 Damped(Vector(-i, i), Vector(0.5, 1.0)) for i in range(100)]
    for _ in range(n):
        for p in particles:
            p.step(0.01)
    print("%.6f" % sum(p.energy for p in particles), sum(p.steps for p in particles))

main(int(sys.argv[1]) if len(sys.argv) > 1 else 15000)
