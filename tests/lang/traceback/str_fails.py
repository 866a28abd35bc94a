class Weird(Exception):
    def __str__(self):
        raise RuntimeError("cannot stringify")

raise Weird("x")
