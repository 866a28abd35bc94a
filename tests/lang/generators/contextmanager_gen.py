# A generator-based context manager written by hand (like contextlib's).
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(t, v, tb)
        except StopIteration as exc:
            return exc is not v
        except BaseException as exc:
            if exc is v:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def managed(name):
    print("setup", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled in generator", repr(e))
    finally:
        print("teardown", name)

with GenCM(managed("a")) as v:
    print("using", v)

with GenCM(managed("b")):
    raise KeyError("k")
print("after b")

try:
    with GenCM(managed("c")):
        raise ValueError("v")
except ValueError as e:
    print("propagated", repr(e))

def yields_in_with():
    with GenCM(managed("inner")) as v:
        yield v
        yield v + "!"

g = yields_in_with()
print(next(g))
g.close()
print(list(yields_in_with()))
