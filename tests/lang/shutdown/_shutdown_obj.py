# helper for the shutdown tests: classes whose instances report their death.
# They live in this module so that __main__'s globals are not in a cycle
# (no function of __main__ refers back to them): they die in dict order.
import os.path
import sys


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        sys.stdout.flush()


class Bad(Obj):
    def __del__(self):
        print("Bad.__del__ raising")
        raise ValueError("raised in __del__ at exit")


def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, type(u.object).__name__)


class UsesModules(Obj):
    def __del__(self):
        print("del uses", os.path.basename("/a/b/c.txt"), len(self.name), sorted({3, 1, 2}))


saved = []


class Phoenix(Obj):
    def __del__(self):
        print("Phoenix.__del__", self.name)
        saved.append(self)


class ShowsSys(Obj):
    def __del__(self):
        print("argv", sys.argv, "path", sys.path, "meta_path", sys.meta_path)
        print("stdout restored", sys.stdout is sys.__stdout__)


def report_death(ref):
    print("weakref callback, referent gone:", ref() is None)
