for depth in (300, 900, 1100):
    l = []
    for i in range(depth):
        l = [l]
    try:
        print(depth, len(repr(l)))
    except RecursionError as e:
        print(depth, 'RecursionError', e)
    d = {}
    for i in range(depth):
        d = {1: d}
    try:
        print(depth, len(repr(d)))
    except RecursionError as e:
        print(depth, 'RecursionError', e)
    t = ()
    for i in range(depth):
        t = (t,)
    try:
        print(depth, len(repr(t)))
    except RecursionError as e:
        print(depth, 'RecursionError', e)
