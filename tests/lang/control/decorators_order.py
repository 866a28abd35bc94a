# Decorators are evaluated top-down and applied bottom-up; class decorators.
log = []
def deco(name):
    log.append('make ' + name)
    def wrap(f):
        log.append('apply ' + name)
        f.tags = getattr(f, 'tags', []) + [name]
        return f
    return wrap

@deco('a')
@deco('b')
def f():
    pass
print(log, f.tags)

log.clear()
@deco('cls')
class K:
    @staticmethod
    def s():
        return 'static'
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return 'prop'
print(log, K.tags, K.s(), K.c(), K().p)

def defaults_evaluated_at_def():
    i = 1
    def g(a=i, *, b=i + 1):
        return a, b
    i = 100
    return g()
print(defaults_evaluated_at_def())

def annotated(a: int, *b: str, c: 'C' = 1, **d: float) -> list:
    pass
print(annotated.__annotations__)
