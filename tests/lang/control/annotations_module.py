# Variable annotations in modules and classes populate __annotations__;
# function-local annotations are not evaluated.
x: int = 1
y: 'forward'
print(__annotations__)

class C:
    a: int
    b: str = 'b'
    (c): float = 1.0
print(C.__annotations__, C.b)

def f():
    z: undefined_name_not_evaluated = 1
    w: also_not_evaluated
    return z
print(f())

class D:
    pass
obj = D()
obj.attr: int = 5
print(obj.attr, hasattr(D, '__annotations__'))
lst = [0]
lst[0]: int = 9
print(lst)
