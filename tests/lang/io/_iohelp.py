# Helpers for the io tests: a scratch directory next to the test script
# (created fresh, removed at the end) and a printer for exceptions.
import os
import sys


class Scratch:
    def __init__(self, name):
        here = os.path.dirname(os.path.abspath(__file__))
        self.dir = os.path.join(here, "_tmp_" + name)
        self.cleanup()
        os.mkdir(self.dir)

    def path(self, name):
        return os.path.join(self.dir, name)

    def cleanup(self):
        if os.path.isdir(self.dir):
            for n in os.listdir(self.dir):
                os.remove(os.path.join(self.dir, n))
            os.rmdir(self.dir)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.cleanup()


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
