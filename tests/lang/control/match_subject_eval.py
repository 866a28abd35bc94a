# The subject is evaluated once; bindings stay after a failed later pattern;
# guards see the bindings.
calls = []
def subject():
    calls.append(1)
    return [1, 2]

match subject():
    case [3, _]:
        print('no')
    case [1, y] if y > 5:
        print('no')
    case [1, y]:
        print('yes', y)
print(len(calls))

match (1, 2):
    case (a, 3):
        pass
    case _:
        pass
try:
    print('a after failed case:', a)
except NameError as e:
    print(type(e).__name__, e)

def guard_side_effects(v):
    seen = []
    match v:
        case x if seen.append(x) or x > 1:
            return 'big', seen
        case x:
            return 'small', seen
print(guard_side_effects(5), guard_side_effects(0))

match 1, 2:
    case x, y:
        print('tuple subject', x, y)

match []:
    case _:
        print('wildcard only')
